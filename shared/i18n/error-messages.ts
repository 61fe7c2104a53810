import type { ErrorCode } from '../contract/errors'
import type { Locale } from '../contract/workspace'

type Params = Record<string, string | number>

const NOUNS: Record<string, Record<Locale, string>> = {
  case: { 'zh-CN': '案件', en: 'Case' },
  squad: { 'zh-CN': '中队', en: 'Squad' },
  officer: { 'zh-CN': '执法人员', en: 'Officer' },
  document: { 'zh-CN': '案卷材料', en: 'Document' },
  rubric: { 'zh-CN': '评查标准', en: 'Rubric' },
  campaign: { 'zh-CN': '评查活动', en: 'Campaign' },
  assignment: { 'zh-CN': '评查任务', en: 'Assignment' },
  evaluation: { 'zh-CN': '评查记录', en: 'Evaluation' },
  deduction: { 'zh-CN': '扣分记录', en: 'Deduction' },
  file: { 'zh-CN': '文件', en: 'File' },
  reviewer: { 'zh-CN': '评查员', en: 'Reviewer' },
  backup: { 'zh-CN': '备份', en: 'Backup' },
  veto: { 'zh-CN': '否决项', en: 'Veto finding' },
  typical_mark: { 'zh-CN': '典型案例标记', en: 'Typical-case mark' },
  account: { 'zh-CN': '账号', en: 'Account' },
  rectification_notice: { 'zh-CN': '整改通知', en: 'Rectification notice' },
  rectification_problem: { 'zh-CN': '整改问题', en: 'Rectification problem' },
  av_record: { 'zh-CN': '音像记录', en: 'A/V record' },
  complaint: { 'zh-CN': '投诉件', en: 'Complaint' },
}

function noun(what: string | number | undefined, locale: Locale): string {
  return NOUNS[String(what)]?.[locale] ?? (locale === 'en' ? 'Record' : '记录')
}
type Template = (p: Params) => string

// What went wrong and what to do, in the reviewer's language.
const MESSAGES: Record<ErrorCode, Record<Locale, Template>> = {
  invalid_input: {
    'zh-CN': (p) => `输入有误：${p.detail ?? ''}`,
    en: (p) => `Invalid input: ${p.detail ?? ''}`,
  },
  unknown_method: {
    'zh-CN': (p) => `未知的操作：${p.method}`,
    en: (p) => `Unknown operation: ${p.method}`,
  },
  not_found: {
    'zh-CN': (p) => `未找到${noun(p.what, 'zh-CN')}（编号 ${p.id ?? '?'}），可能已被删除，请刷新后重试。`,
    en: (p) => `${noun(p.what, 'en')} ${p.id ?? '?'} was not found; it may have been deleted. Refresh and try again.`,
  },
  case_in_campaign: {
    'zh-CN': (p) => `案件 ${p.caseNumber} 已列入评查活动，不能删除。`,
    en: (p) => `Case ${p.caseNumber} is part of an evaluation campaign and cannot be deleted.`,
  },
  conflict: {
    'zh-CN': (p) => `操作冲突：${p.detail ?? ''}`,
    en: (p) => `Conflict: ${p.detail ?? ''}`,
  },
  duplicate_case_number: {
    'zh-CN': (p) => `案号“${p.caseNumber}”已存在，请核对案号或打开已有案件。`,
    en: (p) => `Case number "${p.caseNumber}" already exists. Check the number or open the existing case.`,
  },
  duplicate_number: {
    'zh-CN': (p) => `编号“${p.number}”已存在，请核对编号或打开已有记录。`,
    en: (p) => `Number "${p.number}" already exists. Check the number or open the existing record.`,
  },
  not_a_case_file: {
    'zh-CN': () => `此项评查的对象不是案卷（而是音像记录或投诉件），这一操作只适用于案卷。没有任何数据被修改。`,
    en: () => `What this review is about is not a case file (it is an A/V record or a complaint), and this operation applies to case files only. Nothing was changed.`,
  },
  not_a_video: {
    'zh-CN': (p) => `“${p.fileName}”不是可识别的视频文件（支持 MP4、MOV、WebM、MKV、AVI、MPEG、FLV），未附加。请选择执法记录仪导出的视频文件。`,
    en: (p) => `"${p.fileName}" is not a recognised video file (MP4, MOV, WebM, MKV, AVI, MPEG and FLV are), so it was not attached. Choose the video the body camera exported.`,
  },
  duplicate_file: {
    'zh-CN': (p) => `文件“${p.fileName}”已附在本案件中，无需重复添加。`,
    en: (p) => `"${p.fileName}" is already attached to this case.`,
  },
  file_unreadable: {
    'zh-CN': (p) => `无法读取文件“${p.fileName}”：文件不存在或无权限访问。请确认文件仍在原位置。`,
    en: (p) => `Cannot read "${p.fileName}": it does not exist or access is denied. Check that the file is still there.`,
  },
  file_empty: {
    'zh-CN': (p) => `文件“${p.fileName}”是空文件（0 字节），请重新扫描或导出。`,
    en: (p) => `"${p.fileName}" is empty (0 bytes). Scan or export it again.`,
  },
  file_type_mismatch: {
    'zh-CN': (p) => `文件“${p.fileName}”的扩展名与内容不符（内容为${p.actual}），请确认文件来源。`,
    en: (p) => `"${p.fileName}" is not what its name says (its content is ${p.actual}). Check where it came from.`,
  },
  file_unsupported: {
    'zh-CN': (p) => `不支持的文件类型“${p.fileName}”。请使用 PDF、JPEG、PNG 或 TIFF 格式的扫描件。`,
    en: (p) => `Unsupported file "${p.fileName}". Use scans in PDF, JPEG, PNG or TIFF.`,
  },
  file_encrypted: {
    'zh-CN': (p) => `PDF“${p.fileName}”已加密或设有密码，请先用原程序去除密码后再添加。`,
    en: (p) => `The PDF "${p.fileName}" is encrypted or password-protected. Remove the password first.`,
  },
  file_broken: {
    // p.detail is the engine's reason (English): for the log, not for the reviewer.
    'zh-CN': (p) => `文件“${p.fileName}”已损坏或不完整，无法打开。请重新扫描，或从原系统重新导出该文件后再添加；也可向承办单位索取完好的文件。`,
    en: (p) => `"${p.fileName}" is damaged or incomplete and cannot be opened. Scan it again, or export it again from the system it came from, then add it; or ask for an intact copy.`,
  },
  file_not_regular: {
    'zh-CN': (p) => `“${p.fileName}”不是普通文件（而是文件夹、设备或管道），不能作为案卷材料添加。请选择扫描件文件本身。`,
    en: (p) => `"${p.fileName}" is not a regular file (it is a folder, a device or a pipe) and cannot be added. Choose the scan file itself.`,
  },
  file_too_large: {
    'zh-CN': (p) => `文件“${p.fileName}”过大（超过 ${p.limit}），不能添加。请拆分或降低扫描分辨率后再添加。`,
    en: (p) => `"${p.fileName}" is too large to add (over ${p.limit}). Split it or scan at a lower resolution, then add it again.`,
  },
  file_pages_missing: {
    'zh-CN': (p) => `PDF“${p.fileName}”声明有 ${p.declared} 页，但其中第 ${p.missing} 页并不存在，文件已损坏或被改动。请重新扫描或从原系统重新导出后再添加。`,
    en: (p) => `The PDF "${p.fileName}" claims ${p.declared} pages, but page ${p.missing} is not in it: it is damaged or has been altered. Scan or export it again, then add it.`,
  },
  file_too_many_pages: {
    'zh-CN': (p) => `文件“${p.fileName}”超过 ${p.limit} 页的上限，不能添加。请拆分为几个文件后再添加。`,
    en: (p) => `"${p.fileName}" has more than ${p.limit} pages, the most one file may have. Split it into several files, then add them.`,
  },
  file_check_stopped: {
    'zh-CN': (p) =>
      `检查文件“${p.fileName}”${p.reason === 'time' ? `超过 ${p.seconds} 秒仍未完成` : `需要的内存超过 ${p.limit}`}，已停止检查，文件未添加。文件的结构异常（常见于损坏或导出不规范的 PDF）。请从原系统重新导出或重新扫描后再添加。`,
    en: (p) =>
      `Checking "${p.fileName}" was stopped ${p.reason === 'time' ? `after ${p.seconds} seconds` : `when it needed more than ${p.limit} of memory`}; the file was not added. Its structure is abnormal (often a damaged or badly exported PDF). Export it again from the system it came from, or scan it again, then add it.`,
  },
  image_too_large: {
    'zh-CN': (p) => `图片“${p.fileName}”的尺寸为 ${p.width}×${p.height} 像素，超过上限（每边 ${p.maxSide} 像素、共 ${p.maxMegapixels} 百万像素），无法显示。请以较低分辨率重新扫描后再添加。`,
    en: (p) => `The image "${p.fileName}" is ${p.width}×${p.height} pixels, over the limit (${p.maxSide} pixels a side, ${p.maxMegapixels} megapixels in all) and cannot be shown. Scan it again at a lower resolution, then add it.`,
  },
  upload_too_large: {
    'zh-CN': (p) => `文件“${p.fileName}”过大（超过 ${p.limit}），未能上传。请拆分或降低扫描分辨率后再添加。`,
    en: (p) => `"${p.fileName}" is too large to upload (over ${p.limit}). Split it or scan at a lower resolution, then add it again.`,
  },
  pick_expired: {
    'zh-CN': () => `浏览器未打开选择文件的窗口（程序响应较慢）。请再点一次按钮。`,
    en: () => `The browser did not open its file chooser (the app was slow to answer). Click the button again.`,
  },
  evaluation_locked: {
    'zh-CN': () => `该评查记录已提交锁定，如需修改请联系组长退回。`,
    en: () => `This evaluation has been submitted and is locked. Ask the lead to reopen it.`,
  },
  evaluation_not_submitted: {
    'zh-CN': () => `该评查记录尚未提交，无需退回。`,
    en: () => `This evaluation has not been submitted, so there is nothing to reopen.`,
  },
  change_id_reused: {
    'zh-CN': () => `此次修改的编号已被另一项修改使用过，未予保存。请刷新页面后重新操作。`,
    en: () => `This change's id was already used by a different change, so it was not saved. Refresh the page and make the change again.`,
  },
  lead_only: {
    'zh-CN': (p) => `此操作仅限组长。当前评查员“${p.reviewer ?? '—'}”不是组长，请由组长操作，或在顶栏切换当前评查员。`,
    en: (p) => `Only the lead may do this. The current reviewer "${p.reviewer ?? '—'}" is not a lead: ask the lead, or switch the current reviewer in the top bar.`,
  },
  adjudication_not_ready: {
    'zh-CN': () => `该案件无需组长裁定：两名评查员尚未都提交，或两人的评分在允许差值之内。`,
    en: () => `This case needs no adjudication: the two reviewers have not both submitted, or their scores agree within the tolerance.`,
  },
  adjudication_incomplete: {
    'zh-CN': (p) => `裁定不完整：${p.detail ?? ''}。请对每个有差异的评查要点和否决项作出选择。`,
    en: (p) => `The decision is incomplete: ${p.detail ?? ''}. Decide every item and veto on which the two reviews differ.`,
  },
  campaign_not_draft: {
    'zh-CN': (p) => `评查活动“${p.name}”已开始评查，样本和分配已固定，不能再修改。`,
    en: (p) => `Campaign "${p.name}" is under way: its sample and assignments are fixed.`,
  },
  campaign_not_started: {
    'zh-CN': (p) => `评查活动“${p.name}”尚未开始（草稿），还不能评查。请组长完成抽样和分配后开始评查。`,
    en: (p) => `Campaign "${p.name}" is still a draft and cannot be reviewed yet. The lead starts it once the sample is assigned.`,
  },
  campaign_not_closed: {
    'zh-CN': (p) => `评查活动“${p.name}”尚未结束：结束评查后，才能按其结果下发整改通知。`,
    en: (p) => `Campaign "${p.name}" is not closed: rectification notices are issued from the results of a closed campaign.`,
  },
  notice_replied: {
    'zh-CN': (p) => `${p.squad}的整改通知已登记回复，不能删除。如需更正，请修改回复或逐项核查。`,
    en: (p) => `The rectification notice to ${p.squad} has a reply recorded and cannot be removed. Correct the reply or the verdicts instead.`,
  },
  no_later_cases: {
    'zh-CN': () => `所选通知涉及的中队在整改回复之后没有新作出决定的案件，无法抽查“之后办理的案件”。可改为复查原案件，或待有新案件后再回头看。`,
    en: () => `The squads of the chosen notices have no case decided after their reply, so there are no later cases to check. Review the same cases instead, or follow up once new cases are decided.`,
  },
  nothing_to_follow_up: {
    'zh-CN': () => `所选整改通知中没有已核查为“已整改”且尚未回头看的问题。`,
    en: () => `The chosen notices have no problem verified as rectified that has not been followed up already.`,
  },
  campaign_closed: {
    'zh-CN': (p) => `评查活动“${p.name}”已结束，评查结果已冻结。如需修改，请组长重新开启该活动并说明理由。`,
    en: (p) => `Campaign "${p.name}" is closed and its results are frozen. To change them, the lead reopens it and gives a reason.`,
  },
  campaign_incomplete: {
    'zh-CN': (p) => (p.caseNumber ? `案件 ${p.caseNumber} 尚未分配${p.needed === 2 ? '两名' : ''}评查员，不能开始评查。` : `评查活动还没有抽取任何案件，不能开始评查。`),
    en: (p) => (p.caseNumber ? `Case ${p.caseNumber} has no ${p.needed === 2 ? 'two reviewers' : 'reviewer'} yet, so the campaign cannot start.` : `The campaign has no cases yet, so it cannot start.`),
  },
  recusal: {
    'zh-CN': (p) =>
      p.reason === 'other_round'
        ? `评查员“${p.reviewer}”已承担案件 ${p.caseNumber} 的另一轮评查；双人评查须由两名不同的评查员背对背评查。请改派其他评查员。`
        : `评查员“${p.reviewer}”须回避案件 ${p.caseNumber}：${p.reason === 'handled' ? '其本人承办过该案' : `其所在的${p.squad}是该案的承办中队`}。请改派其他评查员。`,
    en: (p) =>
      p.reason === 'other_round'
        ? `${p.reviewer} already reviews case ${p.caseNumber} in the other round; double review needs two different reviewers. Choose another reviewer.`
        : `${p.reviewer} must recuse from case ${p.caseNumber}: ${p.reason === 'handled' ? 'they handled the case' : `they belong to ${p.squad}, the squad that handled it`}. Choose another reviewer.`,
  },
  too_few_reviewers: {
    'zh-CN': () => `双人评查每件案卷需要两名评查员，请至少选择两名评查员。`,
    en: () => `Double review needs two reviewers for every case: choose at least two.`,
  },
  no_eligible_reviewer: {
    'zh-CN': (p) => `案件 ${p.caseNumber}（${p.squad}）没有可分配的评查员${p.needed === 2 ? '（双人评查需两名）' : ''}：${p.recused || '所选评查员不足'}。请增加其他中队的评查员，或将该案移出样本。`,
    en: (p) => `Case ${p.caseNumber} (${p.squad}) has no eligible reviewer${p.needed === 2 ? ' pair' : ''}: ${p.recusedEn || 'too few reviewers chosen'}. Add reviewers from other squads, or remove the case from the sample.`,
  },
  case_evaluated: {
    'zh-CN': (p) => `案件 ${p.caseNumber} 的评查记录已提交，不能移出评查活动或更换评查标准。`,
    en: (p) => `Case ${p.caseNumber} already has a submitted evaluation: it cannot leave the campaign or change its rubric.`,
  },
  document_is_evidence: {
    'zh-CN': (p) => `“${p.fileName}”是案件 ${p.caseNumber} 已提交评查记录所依据的案卷材料，不能移除。如确需更换，请先由组长退回该评查记录。`,
    en: (p) => `"${p.fileName}" is the case file a submitted evaluation of case ${p.caseNumber} was scored on and cannot be removed. To replace it, the lead must first reopen that evaluation.`,
  },
  deduction_exceeds_max: {
    'zh-CN': (p) => `扣分超出该评查要点的分值（最多 ${p.max} 分，已扣 ${p.deducted} 分）。`,
    en: (p) => `The deduction exceeds the item's maximum (${p.max} points, ${p.deducted} already deducted).`,
  },
  evidence_not_found: {
    'zh-CN': (p) => (p.page === undefined ? `标注的证据文书不在本案卷宗中。` : `标注的证据不存在：文书不在本案卷宗中，或该文书没有第 ${p.page} 页。`),
    en: (p) => (p.page === undefined ? `The marked document is not in this case's file.` : `The marked evidence does not exist: the document is not in this case's file, or it has no page ${p.page}.`),
  },
  import_invalid: {
    'zh-CN': (p) => `“${p.fileName}”未能导入，现有数据没有任何改动。请修改后重新导入：${p.detail ?? ''}`,
    en: (p) => `"${p.fileName}" was not imported and nothing was changed. Fix it and import again: ${p.detail ?? ''}`,
  },
  import_expired: {
    'zh-CN': () => '导入的文件已不在内存中（已导入、已关闭或等待过久），请重新选择文件。',
    en: () => 'The file to import is no longer open (imported, closed or left too long): choose it again.',
  },
  import_cancelled: {
    'zh-CN': (p) => `已取消导入“${p.fileName}”，现有数据没有任何改动。`,
    en: (p) => `The import of "${p.fileName}" was cancelled and nothing was changed.`,
  },
  baseline_invalid: {
    'zh-CN': (p) => `裁量基准未保存，请修改后重试：${p.detail ?? ''}`,
    en: (p) => `The discretion baseline was not saved. Fix it and try again: ${p.detail ?? ''}`,
  },
  duplicate_name: {
    'zh-CN': (p) => `已有名为“${p.name}”的${noun(p.what, 'zh-CN')}，名称不能重复。`,
    en: (p) => `${noun(p.what, 'en')} "${p.name}" already exists; names must be unique.`,
  },
  duplicate_badge_number: {
    'zh-CN': (p) => `执法证号“${p.badgeNumber}”已登记给执法人员“${p.officer}”，请核对证号。`,
    en: (p) => `Badge number "${p.badgeNumber}" is already registered to ${p.officer}. Check the number.`,
  },
  squad_in_use: {
    'zh-CN': (p) => `中队“${p.name}”已有 ${p.cases} 件案件、${p.officers} 名执法人员、${p.reviewers} 名评查员，不能删除；不再使用时请停用。`,
    en: (p) => `Squad "${p.name}" has ${p.cases} cases, ${p.officers} officers and ${p.reviewers} reviewers and cannot be deleted; deactivate it instead.`,
  },
  last_lead: {
    'zh-CN': (p) => `“${p.name}”是唯一在用的组长，不能停用或改为评查员。请先设置另一名组长。`,
    en: (p) => `${p.name} is the only active lead and cannot be deactivated or made a reviewer. Make someone else a lead first.`,
  },
  current_reviewer: {
    'zh-CN': (p) => `“${p.name}”是本机当前评查员，不能停用。请先在顶栏切换当前评查员。`,
    en: (p) => `${p.name} is the current reviewer at this PC and cannot be deactivated. Switch the current reviewer in the top bar first.`,
  },
  reviewer_inactive: {
    'zh-CN': (p) => `评查员“${p.name}”已停用，不能设为当前评查员。如需启用，请组长在“设置 → 机构与人员”中启用。`,
    en: (p) => `Reviewer ${p.name} is inactive and cannot be the current reviewer. A lead can reactivate them in Settings → Organisation and people.`,
  },
  desktop_only: {
    'zh-CN': () => `此功能只在桌面程序中可用。`,
    en: () => `This is available in the desktop app only.`,
  },
  workspace_recovery: {
    'zh-CN': () => `工作区未打开：数据库损坏、缺失或无法写入。请在恢复页面按提示处理（如从备份恢复）。`,
    en: () => `The workspace is not open: its database is damaged, missing or cannot be written. Follow the recovery screen (e.g. restore a backup).`,
  },
  database_damaged: {
    'zh-CN': () => `数据库文件已损坏，为保护数据，程序已停止写入。请重新启动程序，在恢复页面中选择备份恢复。`,
    en: () => `The database file is damaged; to protect the data the app has stopped writing to it. Restart the app and restore a backup from the recovery screen.`,
  },
  folder_read_only: {
    'zh-CN': (p) => `无法写入文件夹“${p.folder}”：该文件夹只读，或当前系统账户没有写入权限，操作未完成。请让管理员开放写入权限，或换用可写入的文件夹（U 盘请关闭写保护）后重试。`,
    en: (p) => `Cannot write to the folder "${p.folder}": it is read-only or this account may not write there, so the operation did not complete. Ask your administrator for write access, or use a writable folder (switch off a USB drive's write protection), then try again.`,
  },
  disk_full: {
    'zh-CN': (p) => `“${p.folder}”所在的磁盘已满，操作未完成。请删除不需要的文件或换用空间更大的磁盘后重试。`,
    en: (p) => `The disk holding "${p.folder}" is full, so the operation did not complete. Delete files you no longer need or use a larger disk, then try again.`,
  },
  backup_failed: {
    'zh-CN': (p) => `备份未完成：${p.detail ?? ''}。现有数据未受影响；请检查备份文件夹后重试。`,
    en: (p) => `The backup did not complete: ${p.detail ?? ''}. The data itself is unaffected; check the backup folder and try again.`,
  },
  backup_damaged: {
    'zh-CN': (p) => `备份“${p.name}”未通过恢复前的检查，不能用于恢复，现有数据没有任何改动。请选择其他备份。（${p.detail ?? ''}）`,
    en: (p) => `Backup "${p.name}" failed the checks before a restore and cannot be restored; nothing was changed. Choose another backup. (${p.detail ?? ''})`,
  },
  backup_folder_unusable: {
    'zh-CN': (p) => `无法使用备份文件夹“${p.folder}”：文件夹不存在或无法访问（${p.detail ?? ''}）。如为 U 盘或网络共享，请确认已连接后重试，或选择其他文件夹。`,
    en: (p) => `The backup folder "${p.folder}" cannot be used: it does not exist or cannot be reached (${p.detail ?? ''}). If it is a USB drive or a network share, check that it is connected, or choose another folder.`,
  },
  signed_out: {
    'zh-CN': () => `尚未登录或登录已失效，请重新登录。未保存的操作没有执行。`,
    en: () => `You are not signed in, or your session has ended. Sign in again; the operation was not carried out.`,
  },
  sign_in_failed: {
    'zh-CN': () => `账号或密码不正确。连续输错 5 次账号将锁定 5 分钟。`,
    en: () => `Wrong account or password. After 5 wrong tries in a row the account waits 5 minutes.`,
  },
  account_locked: {
    'zh-CN': (p) => `密码连续输错次数过多，账号已暂时锁定，请 ${p.minutes} 分钟后再试，或请管理员重置密码。`,
    en: (p) => `Too many wrong passwords: the account is locked. Try again in ${p.minutes} minutes, or ask an administrator to reset the password.`,
  },
  account_inactive: {
    'zh-CN': (p) => `“${p.name}”的账号已停用，请联系管理员。`,
    en: (p) => `The account of ${p.name} is disabled. Ask an administrator.`,
  },
  wrong_password: {
    'zh-CN': () => `当前密码不正确，密码未修改。`,
    en: () => `The current password is wrong; the password was not changed.`,
  },
  password_change_required: {
    'zh-CN': () => `请先修改管理员设置的初始密码，再继续操作。`,
    en: () => `Change the initial password an administrator set before going on.`,
  },
  admin_only: {
    'zh-CN': (p) => `此操作仅限管理员。当前登录的“${p.name ?? '—'}”不是管理员。`,
    en: (p) => `Only an administrator may do this. "${p.name ?? '—'}", who is signed in, is not one.`,
  },
  duplicate_login: {
    'zh-CN': (p) => `账号“${p.login}”已被使用（或该评查员已有账号），请换一个。`,
    en: (p) => `The account "${p.login}" is taken (or the reviewer already has an account). Choose another.`,
  },
  last_admin: {
    'zh-CN': () => `这是最后一个可用的管理员账号，不能停用或取消管理员身份。请先让另一个账号成为管理员。`,
    en: () => `This is the last active administrator: it cannot be disabled or lose the role. Make another account an administrator first.`,
  },
  not_your_evaluation: {
    'zh-CN': (p) => `这份评查记录属于“${p.owner}”，评查员只能查看和修改自己的评查记录。如需调整请联系组长。`,
    en: (p) => `This evaluation belongs to ${p.owner}: reviewers see and change only their own. Ask a lead.`,
  },
  data_key_missing: {
    'zh-CN': () => `扫描件和当事人等个人信息已加密保存，当前账号尚不能解密：请管理员登录一次（或为此账号重置密码），此账号即可使用。没有任何数据被修改。`,
    en: () => `The scans and personal details such as party names are stored encrypted, and this account cannot open them yet: an administrator signing in once (or resetting this account's password) gives it access. Nothing was changed.`,
  },
  personal_data_unreadable: {
    'zh-CN': () => `一项加密保存的个人信息无法解密：它在程序之外被改动过，或来自另一个工作区。请从备份恢复此工作区，或请管理员核查。没有任何数据被修改。`,
    en: () => `An item of encrypted personal data cannot be decrypted: it was altered outside the app or comes from another workspace. Restore this workspace from a backup, or ask your administrator to look into it. Nothing was changed.`,
  },
  unauthorized: {
    'zh-CN': () => `访问令牌无效。`,
    en: () => `Invalid access token.`,
  },
  forbidden_origin: {
    'zh-CN': () => `只接受本机发起的请求。`,
    en: () => `Only requests from this computer are accepted.`,
  },
  internal: {
    'zh-CN': (p) => `程序内部错误：${p.detail ?? ''}。请重试；如问题持续，请联系管理员并提供日志。`,
    en: (p) => `Internal error: ${p.detail ?? ''}. Try again; if it persists, contact your administrator with the log.`,
  },
}

export function errorMessage(code: ErrorCode, locale: Locale, params: Params = {}): string {
  return MESSAGES[code][locale](params)
}
