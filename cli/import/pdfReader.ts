/**
 * The entry of the third command-line bundle, `out/cli/course-planner-pdf.mjs`: the PDF reader,
 * loaded by `import` only when the file is a PDF. pdf.js itself stays a package (a dependency),
 * loaded from node_modules at run time.
 */
export { readPdf } from '../../electron/main/import/readPdf';
