import { seededRandom } from '../../seeded-random'
import type { ScanMakerPage } from '../protocol'

// A4 at 200 dpi, as the bureau's scanners produce.
const W = 1654
const H = 2339
const FONT = '"Noto Serif CJK SC", "Noto Sans CJK SC", serif'
const TITLES = ['行政处罚决定书', '现场检查笔录', '询问笔录', '立案审批表', '事先告知书', '送达回证', '调查终结报告', '陈述申辩笔录']
const TEXT =
  '当事人上海某某渣土运输有限公司于二〇二三年三月一日在本区青浦大道路段运输建筑垃圾车辆未采取密闭措施造成沿途泄漏污染道路经执法人员现场检查拍照取证并制作笔录' +
  '依据上海市市容环境卫生管理条例第二十五条第二款之规定责令当事人立即改正违法行为并处以罚款人民币伍仟元整当事人如不服本决定可在收到本决定书之日起六十日内申请行政复议'

function drawContent(ctx: CanvasRenderingContext2D, rnd: () => number, seed: number) {
  ctx.fillStyle = 'rgb(28, 28, 32)'
  ctx.textBaseline = 'top'
  ctx.font = `bold 64px ${FONT}`
  // Seeds are page numbers: the index is inside the list.
  const title = TITLES[seed % TITLES.length] ?? ''
  ctx.fillText(title, (W - ctx.measureText(title).width) / 2, 190)
  ctx.font = `34px ${FONT}`
  ctx.fillText(`青城管罚字〔2023〕第0${1000 + seed}号`, 980, 300)
  let y = 400
  const table = seed % 3 === 0
  if (table) {
    ctx.lineWidth = 3
    ctx.strokeStyle = 'rgb(40, 40, 44)'
    for (let r = 0; r <= 8; r++) {
      ctx.beginPath()
      ctx.moveTo(170, y + r * 90)
      ctx.lineTo(1490, y + r * 90)
      ctx.stroke()
    }
    for (const x of [170, 470, 1490]) {
      ctx.beginPath()
      ctx.moveTo(x, y)
      ctx.lineTo(x, y + 720)
      ctx.stroke()
    }
    y += 780
  }
  // Paragraphs of running text, 38 characters a line.
  let at = Math.floor(rnd() * TEXT.length)
  const lines = table ? 22 : 36
  for (let i = 0; i < lines; i++) {
    const indent = i % 7 === 0 ? 80 : 0
    let line = ''
    const count = i % 7 === 6 ? 10 + Math.floor(rnd() * 20) : 36 - indent / 40
    for (let c = 0; c < count; c++) line += TEXT[(at++) % TEXT.length]
    ctx.fillText(line, 180 + indent, y)
    y += 50
  }
  // The bureau's red seal over the date, and a handwritten signature.
  ctx.strokeStyle = 'rgba(200, 30, 40, 0.8)'
  ctx.fillStyle = 'rgba(200, 30, 40, 0.8)'
  ctx.lineWidth = 8
  ctx.beginPath()
  ctx.arc(1200, 2020, 150, 0, Math.PI * 2)
  ctx.stroke()
  ctx.font = `bold 40px ${FONT}`
  ctx.fillText('★', 1180, 1995)
  ctx.font = `30px ${FONT}`
  ctx.fillText('城市管理行政执法局', 1065, 1920)
  ctx.strokeStyle = 'rgb(20, 30, 90)'
  ctx.lineWidth = 4
  ctx.beginPath()
  ctx.moveTo(300, 2050)
  for (let i = 0; i < 12; i++) ctx.quadraticCurveTo(320 + i * 30, 1990 + rnd() * 120, 340 + i * 30, 2050 - rnd() * 40)
  ctx.stroke()
}

/** Paper tone, scanner shadow at one edge, sensor noise and dust, as a flatbed scan has. */
function addScanArtifacts(ctx: CanvasRenderingContext2D, rnd: () => number) {
  const img = ctx.getImageData(0, 0, W, H)
  const px = img.data
  const shadowLeft = rnd() < 0.5
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4
      const edge = shadowLeft ? x : W - 1 - x
      const shade = edge < 60 ? (60 - edge) * 1.4 : 0
      const noise = (rnd() + rnd() + rnd() - 1.5) * 7 - shade
      // RGBA: i + 2 is inside the image.
      px[i] = (px[i] ?? 0) + noise
      px[i + 1] = (px[i + 1] ?? 0) + noise
      px[i + 2] = (px[i + 2] ?? 0) + noise - 2
    }
  }
  for (let d = 0; d < 400; d++) {
    const x = Math.floor(rnd() * W)
    const y = Math.floor(rnd() * H)
    const i = (y * W + x) * 4
    px[i] = px[i + 1] = px[i + 2] = 60
  }
  ctx.putImageData(img, 0, 0)
}

async function makeScanPage(seed: number): Promise<string> {
  const rnd = seededRandom(seed * 7919 + 17)
  const canvas = document.createElement('canvas')
  canvas.width = W
  canvas.height = H
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!
  ctx.fillStyle = 'rgb(243, 241, 234)'
  ctx.fillRect(0, 0, W, H)
  // A sheet fed a little crooked: up to ±1.2°.
  ctx.save()
  ctx.translate(W / 2, H / 2)
  ctx.rotate(((rnd() - 0.5) * 2.4 * Math.PI) / 180)
  ctx.translate(-W / 2, -H / 2)
  drawContent(ctx, rnd, seed)
  ctx.restore()
  addScanArtifacts(ctx, rnd)
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/jpeg', 0.72))
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

;(window as unknown as ScanMakerPage).makeScanPage = makeScanPage
