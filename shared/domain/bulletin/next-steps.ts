import type { BulletinContent } from '../../contract/bulletin'

/** 四、下一步工作: what the section will do next, in the words the bureau uses every month. */
export function nextStepsSection(unit: string): BulletinContent['nextSteps'] {
  return {
    heading: '下一步工作',
    paragraphs: [
      {
        heading: '抓好整改落实',
        text: `各中队要把评查发现的问题作为改进执法办案工作的重要抓手，建立问题清单和整改台账，确保整改到位。${unit}将适时开展“回头看”，整改情况纳入中队绩效考核。`,
      },
      { heading: '加强培训指导', text: '针对评查中反复出现的问题，组织开展专题培训和典型案例讲评，提升执法人员文书制作、证据收集和法律适用能力。' },
      { heading: '持续开展评查', text: `${unit}将继续按月开展案卷抽查，全年抽查比例不低于办结案件的10%，并定期通报评查情况。` },
    ],
  }
}
