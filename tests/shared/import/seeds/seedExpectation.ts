/** A seed standard as a person reads it off the document, in a form short enough to check by eye. */
export interface SeedExpectation {
  code: string;
  name: string;
  level: number;
  layout: string;
  /** version, code, name, status, note, date */
  versions: [string, string, string, string, string, string][];
  /** name, code */
  fields: [string, string][];
  occupations: [string, string][];
  industries: [string, string][];
  description: string;
  duties: Record<string, string>;
  tasks: {
    id: string;
    name: string;
    level: number;
    /** `O1.1.1 name` */
    outputs: string[];
    /** `P1.1.1 text` */
    indicators: string[];
    /** codes separated by spaces, in the document's order */
    knowledge: string;
    skills: string;
  }[];
  knowledge: Record<string, string>;
  skills: Record<string, string>;
  attitudes: Record<string, string>;
  otherNames: Record<string, string[]>;
  notes: string[];
  /** `line code item` */
  warnings: string[];
}
