// Which fields a contributor may choose to correct, grouped as a profile groups them, and reading
// the choice from the query string (?field=birthDate&field=biographyEn).
import { EDITABLE_FIELDS, type EditableField } from '../revisions/snapshot';

export const CORRECTION_FIELD_GROUPS: { id: 'names' | 'life' | 'deed' | 'texts' | 'ids'; fields: EditableField[] }[] = [
  { id: 'names', fields: ['surnameRu', 'givenRu', 'patronymicRu', 'surnameEn', 'givenEn', 'fullNameTg'] },
  { id: 'life', fields: ['nationality', 'birthDate', 'deathDate'] },
  { id: 'deed', fields: ['rankAtFeat', 'role', 'featDate', 'featPlace', 'titleDecreeDate'] },
  { id: 'texts', fields: ['biographyEn', 'biographyRu', 'postwar'] },
  { id: 'ids', fields: ['wikidataId', 'warheroesId', 'pamyatNarodaId', 'podvigNarodaId'] },
];

/** The editable fields named in the query, in the form's order; anything else is ignored. */
export function chosenCorrectionFields(field: string | string[] | undefined): EditableField[] {
  const named = new Set([field ?? []].flat());
  return EDITABLE_FIELDS.filter((name) => named.has(name));
}
