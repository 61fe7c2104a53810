import { DOC_NUMBER_SERIAL, DOC_NUMBER_YEAR } from '../../contract/bulletin'

/** 发文字号 from its pattern: 青城管督〔{year}〕{number}号 → 青城管督〔2024〕3号. */
export function formatDocNumber(pattern: string, year: number, serial: number): string {
  return pattern.split(DOC_NUMBER_YEAR).join(String(year)).split(DOC_NUMBER_SERIAL).join(String(serial))
}
