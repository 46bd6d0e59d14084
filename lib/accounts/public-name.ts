// How a person appears to the public: the name they chose, or "Contributor" with a short code
// from the account id. Public reads select only these fields, never an email address.
export const PUBLIC_PERSON_SELECT = { id: true, displayName: true } as const;

export type PublicPerson = { displayName: string | null; code: string };

export function publicPerson(user: { id: string; displayName: string | null }): PublicPerson {
  return { displayName: user.displayName, code: user.id.slice(-6).toUpperCase() };
}
