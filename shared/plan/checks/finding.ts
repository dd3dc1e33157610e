import type { ItemRef } from '../itemRef';

/**
 * What the checks report. A finding has a stable code (the UI, the command line and the settings
 * refer to it), a tier, a severity, a message in zh-TW and English that names the exact place, and a
 * location the UI can take the user to.
 */

/** form: the report's own rules; consistency: the plan agrees with itself and its standard; advisory: good practice, switchable. */
export type Tier = 'form' | 'consistency' | 'advisory';
export type Severity = 'error' | 'warning';

/** The part of the plan (and of the iCAP report) a finding points to. */
export type Section = 'cover' | 'info' | 'selection' | 'map' | 'unit' | 'pilot' | 'completion' | 'settings';

export interface FindingLocation {
  section: Section;
  unitId?: string;
  /** For the course map (表2). */
  moduleId?: string;
  /** A field of the section or unit, as named in the plan schema (`totalHours`, `assessmentMethods`, `objectives[1]`). */
  field?: string;
  item?: ItemRef;
}

export interface Finding {
  code: string;
  tier: Tier;
  severity: Severity;
  message: string;
  messageEn: string;
  location: FindingLocation;
}

/** A check as the registry lists it. */
export interface CheckDefinition {
  code: string;
  tier: Tier;
  severity: Severity;
  /** What the check asks for, one line, for a settings list. */
  title: string;
  titleEn: string;
}

/** What a check's run gives back: the registry adds code, tier and severity. */
export interface Report {
  message: string;
  messageEn: string;
  location: FindingLocation;
}
