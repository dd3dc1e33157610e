import catalog from '../../resources/standards/index.json';
import apa from '../../resources/standards/APA2654-001v4.json';
import atc from '../../resources/standards/ATC3521-004v2.json';
import idc from '../../resources/standards/IDC3512-002v2.json';
import { StandardCatalogSchema } from '../../shared/standard/catalog';
import { StandardSchema, type Standard } from '../../shared/standard/schema';

/** Bundled standards by file name, built into main and the browser server (no resources folder needed at run time). */
const FILES: Record<string, unknown> = {
  'APA2654-001v4.json': apa,
  'ATC3521-004v2.json': atc,
  'IDC3512-002v2.json': idc,
};

/** The standards that ship with the app, in the catalog's order (resources/standards/index.json). */
export function bundledStandards(): Standard[] {
  return StandardCatalogSchema.parse(catalog).map((entry) => {
    const json = FILES[entry.file];
    if (json === undefined) throw new Error(`resources/standards/${entry.file} is in index.json but not built into the app (backend/standards/bundledStandards.ts)`);
    return StandardSchema.parse(json);
  });
}
