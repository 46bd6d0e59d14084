type UnitNode = { id: string; slug: string; name: string; level: string; parent?: UnitNode | null };
type ChainLink = { id: string; slug: string; name: string; level: string };

/** A unit and the units above it, nearest first: regiment, division, army, front. */
export function unitChain(unit: UnitNode): ChainLink[] {
  const chain: ChainLink[] = [];
  for (let current: UnitNode | null | undefined = unit; current; current = current.parent) {
    chain.push({ id: current.id, slug: current.slug, name: current.name, level: current.level });
  }
  return chain;
}
