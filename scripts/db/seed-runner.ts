// Seeds a database from the fact sheet with the archive's written biographies.
import { createPrismaClient } from '../../lib/prisma-client';
import { biographies } from '../../prisma/seed/biographies';
import { loadFactSheet } from '../../prisma/seed/fact-sheet';
import { seedDatabase, type SeedReport } from '../../prisma/seed/seed';

export async function runSeed(
  databaseUrl: string,
  options: { onlyIfEmpty?: boolean; factSheet?: string } = {},
): Promise<SeedReport | null> {
  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  try {
    if (options.onlyIfEmpty && (await prisma.hero.count()) > 0) return null;
    return await seedDatabase(prisma, loadFactSheet(options.factSheet), biographies);
  } finally {
    await prisma.$disconnect();
  }
}

export function describeSeed(report: SeedReport): string {
  return (
    `Seed: ${report.created.length} created, ${report.updated.length} updated from a changed fact sheet, ` +
    `${report.unchanged.length} unchanged, ${report.keptEdited.length} kept because edited in the archive` +
    (report.keptEdited.length ? ` (${report.keptEdited.join(', ')})` : '') +
    '.'
  );
}
