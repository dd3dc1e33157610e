/**
 * What an import reports: warnings it could go on after, and the one failure that stops it.
 * Every issue has a stable code, the line it is about, and a message in zh-TW and English,
 * so the command line and the UI can show it in the user's language and point at the place.
 */

export type ImportWarningCode =
  | 'code-with-two-names'
  | 'duplicate-code-in-task'
  | 'missing-task-level'
  | 'missing-standard-level'
  | 'unnamed-item'
  | 'unplaced-text'
  | 'unsure-continuation'
  | 'text-outside-task'
  | 'indicator-outside-task'
  | 'task-split-across-levels'
  | 'task-without-duty'
  | 'task-without-indicators'
  | 'missing-header-field'
  | 'classification-codes-mismatch'
  | 'truncated-file';

export type ImportFailureCode =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'not-a-standard'
  | 'no-tasks'
  | 'not-a-document'
  | 'damaged-document'
  | 'encrypted-document'
  | 'encrypted-pdf'
  | 'pdf-without-text'
  | 'too-large';

export interface ImportWarning {
  code: ImportWarningCode;
  /** 1-based line in the decoded text. */
  line: number;
  /** The item the warning is about (`A08`, `T2.2`), where there is one. */
  item?: string;
  message: string;
  messageEn: string;
}

export interface ImportFailure {
  code: ImportFailureCode;
  line: number;
  message: string;
  messageEn: string;
}

/** Messages in both languages, from one place so wording stays consistent. */
const warningText: Record<ImportWarningCode, (p: Record<string, string>) => [string, string]> = {
  'code-with-two-names': (p) => [
    `${p.item} 出現兩個不同名稱：「${p.first}」與「${p.other}」${p.variant ? '（僅異體字不同）' : ''}；以前者為名稱，後者另記為別名`,
    `${p.item} is printed with two names, "${p.first}" and "${p.other}"${p.variant ? ' (variant characters only)' : ''}; the first is its name, the other is kept as an alternative name`,
  ],
  'duplicate-code-in-task': (p) => [
    `${p.task} 重複列出 ${p.item}；只保留一次`,
    `${p.task} lists ${p.item} twice; kept once`,
  ],
  'missing-task-level': (p) => [`${p.item} 沒有職能級別`, `${p.item} has no level`],
  'missing-standard-level': () => ['找不到基準級別', 'the standard level (基準級別) is missing'],
  'unnamed-item': (p) => [
    `${p.item} 被工作任務引用，但文件中沒有它的名稱`,
    `${p.item} is referenced by a task but never named`,
  ],
  'unplaced-text': (p) => [
    `無法確定「${p.text}」屬於哪一欄；已併入 ${p.item}`,
    `could not tell which column "${p.text}" belongs to; joined it to ${p.item}`,
  ],
  'unsure-continuation': (p) => [
    `分頁後的「${p.text}」可能接續${p.column}或${p.others}；已併入${p.column} ${p.item}，請核對`,
    `after a page break, "${p.text}" may continue the ${p.columnEn} or the ${p.othersEn}; joined it to the ${p.columnEn} ${p.item}, please check`,
  ],
  'text-outside-task': (p) => [
    `主要表格中的「${p.text}」出現在任何工作任務之前，無法歸屬；已略過`,
    `"${p.text}" stands in the main table before any task and belongs to none; it was left out`,
  ],
  'indicator-outside-task': (p) => [
    `${p.item} 的編號不屬於同列的工作任務 ${p.task}；已歸入 ${p.task}`,
    `${p.item} is numbered outside its row's task ${p.task}; kept it under ${p.task}`,
  ],
  'task-split-across-levels': (p) => [
    `${p.item} 分成不同級別的區塊（${p.levels}）；任務級別取 ${p.level}，各行為指標保留其級別`,
    `${p.item} is split into blocks at levels ${p.levels}; the task takes ${p.level}, each indicator keeps its own`,
  ],
  'task-without-duty': (p) => [`${p.item} 不屬於任何主要職責`, `${p.item} belongs to no duty`],
  'task-without-indicators': (p) => [`${p.item} 沒有行為指標`, `${p.item} has no behaviour indicators`],
  'truncated-file': () => [
    '檔案最後一個字不完整（下載可能中斷）；已略去該字，請確認文件是否完整',
    'the file ends in the middle of a character (an interrupted download?); it was dropped, check that the document is complete',
  ],
  'missing-header-field': (p) => [`找不到「${p.field}」`, `the field "${p.field}" is missing`],
  'classification-codes-mismatch': (p) => [
    `${p.field}的名稱與代碼數目不符（${p.names} 個名稱、${p.codes} 個代碼）；名稱未拆分`,
    `${p.field} has ${p.names} names but ${p.codes} codes; the names were kept whole`,
  ],
};

const failureText: Record<ImportFailureCode, (p: Record<string, string>) => [string, string]> = {
  empty: () => ['檔案是空的', 'the file is empty'],
  binary: () => ['這不是文字檔（含有二進位資料）', 'this is not a text file (it holds binary data)'],
  undecodable: () => [
    '無法辨識文字編碼（支援 UTF-8、UTF-16、Big5）；此行附近的位元組無效',
    'the text encoding is not recognised (UTF-8, UTF-16 and Big5 are supported); the bytes around this line are invalid',
  ],
  'not-a-standard': () => [
    '找不到職能基準的主要表格（主要職責／工作任務…）；這似乎不是職能基準',
    'no main table (主要職責 / 工作任務 …) was found; this does not look like a competency standard',
  ],
  'no-tasks': () => [
    '主要表格中找不到任何工作任務（T1.1 …）',
    'the main table holds no task (T1.1 …)',
  ],
  'not-a-document': () => [
    '這是 ZIP 壓縮檔，但不是 ODT 或 DOCX 文件；請上傳職能基準的 ODT、DOCX 檔，或貼上文字',
    'this is a ZIP archive but not an ODT or DOCX document; upload the standard as ODT or DOCX, or paste its text',
  ],
  'damaged-document': (p) => [
    `文件已損毀或不完整，無法讀取（${p.detail}）；請重新下載`,
    `the document is damaged or incomplete and cannot be read (${p.detail}); download it again`,
  ],
  'encrypted-document': () => [
    '文件有密碼保護（已加密）；請先在文書軟體中移除密碼再匯入',
    'the document is password-protected (encrypted); remove the password in your word processor, then import it',
  ],
  'encrypted-pdf': () => [
    'PDF 有密碼保護（已加密）；請用 PDF 閱讀器移除密碼後再匯入，或改用 ODT 檔',
    'the PDF is password-protected (encrypted); remove the password in a PDF reader, then import it, or use the ODT file',
  ],
  'pdf-without-text': (p) => [
    `這份 PDF（${p.pages} 頁）沒有文字層，似乎是掃描的圖片；請改用職能基準的原始 PDF、ODT 檔，或貼上文字`,
    `this PDF (${p.pages} pages) has no text layer; it looks like a scan. Use the standard's original PDF or ODT file, or paste its text`,
  ],
  'too-large': (p) => [
    `檔案太大（${p.size} MB，上限 ${p.limit} MB）；職能基準文件通常不到 1 MB`,
    `the file is too large (${p.size} MB, the limit is ${p.limit} MB); a standard is usually under 1 MB`,
  ],
};

export function importWarning(
  code: ImportWarningCode,
  line: number,
  params: Record<string, string> = {},
): ImportWarning {
  const [message, messageEn] = warningText[code](params);
  return params.item ? { code, line, item: params.item, message, messageEn } : { code, line, message, messageEn };
}

export function importFailure(code: ImportFailureCode, line: number, params: Record<string, string> = {}): ImportFailure {
  const [message, messageEn] = failureText[code](params);
  return { code, line, message, messageEn };
}
