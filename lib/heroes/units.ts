type UnitNode = { slug: string; name: string; level: string; parent?: UnitNode | null };

/** A unit and the units above it, nearest first: regiment, division, army, front. */
export function unitChain(unit: UnitNode): { slug: string; name: string; level: string }[] {
  const chain: { slug: string; name: string; level: string }[] = [];
  for (let current: UnitNode | null | undefined = unit; current; current = current.parent) {
    chain.push({ slug: current.slug, name: current.name, level: current.level });
  }
  return chain;
}
