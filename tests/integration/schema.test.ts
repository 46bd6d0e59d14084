// Proves the hand-written migrations and prisma/schema.prisma agree: on a database migrated from
// empty, every model and every scalar field is written and read back through the generated client.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useMigratedDatabase } from '../support/database';

const schema = readFileSync(path.resolve(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8');
const enums = new Set([...schema.matchAll(/^enum (\w+)/gm)].map((m) => m[1]!));
const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map((m) => ({
  name: m[1]!,
  scalarFields: m[2]!
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(
      ([field, type]) =>
        field && type && !field.startsWith('@@') && !field.startsWith('//') && !field.startsWith('///'),
    )
    .filter(([, type]) => {
      const base = type!.replace(/[?[\]]/g, '');
      return ['String', 'Int', 'BigInt', 'Float', 'Boolean', 'DateTime', 'Json'].includes(base) || enums.has(base);
    })
    .map(([field]) => field!),
}));

describe('schema.prisma and the migrations', () => {
  const { prisma } = useMigratedDatabase('schema');

  it('round-trips every model and scalar field', async () => {
    const day = new Date(Date.UTC(1943, 9, 3));
    const moment = new Date(Date.UTC(2026, 10, 21, 12, 30, 15, 123));
    const region = await prisma.place.create({ data: { name: 'Leninabad region', kind: 'REGION' } });
    const place = await prisma.place.create({
      data: {
        name: 'Stalinabad',
        nameToday: 'Dushanbe',
        district: 'd',
        region: 'r',
        country: 'Tajikistan',
        latitude: 38.5598,
        longitude: 68.787,
        kind: 'SETTLEMENT',
        parentId: region.id,
        precision: 'SETTLEMENT',
        coordNote: 'n',
        geonamesId: 1221874,
      },
    });
    const parent = await prisma.unit.create({ data: { slug: 'p-front', name: 'Front', level: 'FRONT' } });
    // Written as they are expected back (in rows, below).
    const unitRow = { slug: 'u-army', name: 'Army', level: 'ARMY' as const, parentId: parent.id };
    const battleRow = { slug: 'b', name: 'Battle', dateText: '1943', place: 'Dnieper' };
    const sourceRow = {
      url: 'https://example.org/s',
      title: 'T',
      publisher: 'P',
      year: 2020,
      archiveFond: '33',
      archiveOpis: '793756',
      archiveDelo: '12',
    };
    const unit = await prisma.unit.create({ data: unitRow });
    const battle = await prisma.battle.create({ data: battleRow });
    const source = await prisma.source.create({ data: sourceRow });
    await prisma.place.update({ where: { id: place.id }, data: { coordSourceId: source.id } });
    const heroData = {
      slug: 'test-hero',
      surnameRu: 'Иванов',
      givenRu: 'Иван',
      patronymicRu: 'Иванович',
      givenInitialRu: 'И.',
      patronymicInitialRu: 'И.',
      surnameEn: 'Ivanov',
      givenEn: 'Ivan',
      givenInitialEn: 'I.',
      fullNameTg: 'Иван Иванов',
      group: 'TAJIK_SSR' as const,
      countedIn64: true,
      membershipNote: 'note',
      membershipConfidence: 'MEDIUM' as const,
      identityNote: 'id',
      nationality: 'Tajik',
      birthDate: day,
      birthDatePrecision: 'DAY' as const,
      deathDate: day,
      deathDatePrecision: 'MONTH' as const,
      killedInAction: true,
      birthPlaceId: place.id,
      deathPlaceId: place.id,
      burialPlaceId: place.id,
      firstBurialPlaceId: place.id,
      callUpPlaceId: place.id,
      callUpCommissariat: 'Stalinabad city military commissariat',
      featPlaceId: place.id,
      rankAtFeat: 'sergeant',
      role: 'gunner',
      featDate: day,
      featDatePrecision: 'YEAR' as const,
      featDateText: 'autumn 1943',
      featPlace: 'Dnieper',
      featFacts: ['a', 'b'],
      postwar: 'p',
      notes: 'n',
      biographyEn: 'en',
      biographyRu: 'ru',
      confidence: 'LOW' as const,
      published: false,
      version: 3,
      seedChecksum: 'abc',
      fullNameTgOrigin: 'TRANSLITERATION' as const,
      unconfirmedIds: ['warheroes'],
      wikidataId: 'Q999999990',
      warheroesId: '999999990',
      pamyatNarodaId: '999999991',
      podvigNarodaId: '999999992',
      editedAt: moment,
      createdAt: moment,
      updatedAt: moment,
    };
    // What the record lacks is worked out by triggers, whatever is written: nothing, once his
    // service and his dated title below are written.
    const hero = await prisma.hero.create({ data: { ...heroData, missingFacts: 5, missingCount: 2 } });
    const rows: Record<string, Record<string, unknown>> = {
      Hero: { ...heroData, missingFacts: 0, missingCount: 0 },
      Place: await prisma.place.findUniqueOrThrow({ where: { id: place.id } }),
      PlaceName: {
        placeId: place.id,
        value: 'Сталинабад',
        language: 'ru',
        kind: 'HISTORICAL',
        validFrom: '1929',
        validTo: '1961',
        sourceId: source.id,
        normalized: 'stalinabad',
      },
      UnitPathPoint: {
        unitId: unit.id,
        placeId: place.id,
        dateFrom: '1943-10',
        dateTo: '1943-11',
        sourceId: source.id,
        note: 'n',
      },
      GeoNamesCandidate: {
        geonameId: 1221874,
        name: 'Dushanbe',
        asciiName: 'Dushanbe',
        alternateNames: ['Stalinabad', 'Душанбе'],
        countryCode: 'TJ',
        admin1Code: '04',
        featureCode: 'PPLC',
        population: 543107,
        latitude: 38.53575,
        longitude: 68.77905,
        normalized: 'dushanbe stalinabad',
      },
      Unit: { ...unitRow },
      Battle: { ...battleRow },
      Source: { ...sourceRow },
      HeroName: {
        heroId: hero.id,
        value: 'Иванов',
        script: 'RU',
        language: 'ru',
        isPrimary: true,
        normalized: 'ivanov',
      },
      Service: {
        heroId: hero.id,
        unitId: unit.id,
        role: 'r',
        rank: 'k',
        fromDate: '1941-09',
        toDate: '1941-12',
        note: 'n',
      },
      BattleParticipation: {
        heroId: hero.id,
        battleId: battle.id,
        dateText: '1943-10',
        place: 'x',
        placeId: place.id,
        note: 'y',
      },
      Award: {
        heroId: hero.id,
        kind: 'HERO_OF_THE_SOVIET_UNION',
        name: 'n',
        decreeDate: day,
        decreePrecision: 'DAY',
        posthumous: true,
        goldStarNo: '1234',
        documentRef: 'd',
      },
      Citation: { heroId: hero.id, sourceId: source.id, supports: 'all' },
      SourceConflict: { heroId: hero.id, field: 'f', values: ['a', 'b'], sources: ['s'], note: 'n' },
      Memorial: { heroId: hero.id, kind: 'street', description: 'd', place: 'p', placeId: place.id },
      Collection: {
        slug: 'c',
        titleEn: 'e',
        titleRu: 'r',
        counted: 64,
        countSource: 's',
        breakdown: { a: 1 },
        caveats: ['c'],
      },
      Candidate: { surnameRu: 'Петров', initial: 'П.', source: 's', evidence: 'e', status: 'UNVERIFIED' },
      SearchTerm: { heroId: hero.id, kind: 'PLACE', value: 'Stalinabad', normalized: 'stalinabad' },
      SearchLexeme: { normalized: 'stalinabad' },
      User: {
        name: 'N',
        displayName: 'Shown',
        email: 'n@example.org',
        emailVerified: moment,
        image: 'https://example.org/i.png',
        role: 'MODERATOR',
        disabledAt: moment,
        createdAt: moment,
        updatedAt: moment,
      },
      VerificationToken: { identifier: 'n@example.org', token: 't', expires: moment },
      RateLimit: { key: 'k', points: 3, expire: 1234567890123n },
      CacheTag: { tag: 'hero:x', seq: 7n, expiredAt: moment },
      // Kept by triggers, which count nothing here (the Hero is not published): written as the owner may.
      HeroTally: { group: 'ADDED_2018', heroes: 2, countedIn64: 1, stubs: 1 },
      OpenQuestionTally: { fact: 'birthPlace', heroes: 3 },
    };
    // Writes rows[model] for each model named, in order, through its Prisma delegate.
    const write = async (...models: string[]) => {
      const delegates = prisma as unknown as Record<string, { create: (args: { data: unknown }) => Promise<unknown> }>;
      for (const model of models)
        await delegates[model.charAt(0).toLowerCase() + model.slice(1)]!.create({ data: rows[model] });
    };
    await write(
      'HeroName',
      'Service',
      'BattleParticipation',
      'Award',
      'Citation',
      'SourceConflict',
      'Memorial',
      'PlaceName',
      'UnitPathPoint',
      'GeoNamesCandidate',
    );
    const collection = await prisma.collection.create({ data: rows.Collection as never });
    rows.CountClaim = { collectionId: collection.id, count: 65, source: 's' };
    await prisma.countClaim.create({ data: rows.CountClaim as never });
    const candidate = await prisma.candidate.create({ data: rows.Candidate as never });
    await write('SearchTerm', 'SearchLexeme');
    const user = await prisma.user.create({ data: rows.User as never });
    rows.Account = {
      userId: user.id,
      type: 'oauth',
      provider: 'github',
      providerAccountId: '1',
      refresh_token: 'r',
      access_token: 'a',
      expires_at: 99,
      token_type: 'bearer',
      scope: 's',
      id_token: 'i',
      session_state: 'x',
      createdAt: moment,
      updatedAt: moment,
    };
    rows.Session = { sessionToken: 'st', userId: user.id, expires: moment, createdAt: moment, updatedAt: moment };
    rows.RoleChange = {
      actorId: user.id,
      subjectId: user.id,
      fromRole: 'CONTRIBUTOR',
      toRole: 'MODERATOR',
      via: 'cli',
      createdAt: moment,
    };
    await write('Account', 'Session', 'RoleChange');
    rows.LanguageReviewer = { userId: user.id, locale: 'tg', grantedById: user.id, grantedAt: moment };
    rows.LanguageReviewerChange = {
      actorId: user.id,
      subjectId: user.id,
      locale: 'tg',
      granted: true,
      createdAt: moment,
    };
    await write(
      'LanguageReviewer',
      'LanguageReviewerChange',
      'VerificationToken',
      'RateLimit',
      'CacheTag',
      'HeroTally',
      'OpenQuestionTally',
    );
    rows.Submission = {
      kind: 'CORRECTION',
      status: 'NEEDS_CHANGES',
      heroId: hero.id,
      authorId: user.id,
      baseVersion: 3,
      baseSnapshot: { a: 1 },
      payload: { b: 2 },
      evidence: [{ url: 'u' }],
      note: 'n',
      moderatorNote: 'm',
      version: 2,
      reviewerId: user.id,
      reviewedAt: moment,
      candidateId: candidate.id,
      createdAt: moment,
      updatedAt: moment,
    };
    const submission = await prisma.submission.create({ data: rows.Submission as never });
    rows.Revision = {
      heroId: hero.id,
      number: 1,
      snapshot: { a: 1 },
      diff: { b: 2 },
      reason: 'r',
      proposedById: user.id,
      approvedById: user.id,
      submissionId: submission.id,
      restoredFrom: 4,
      createdAt: moment,
    };
    rows.AuditEvent = {
      actorId: user.id,
      action: 'a',
      targetType: 't',
      targetId: 'i',
      details: { d: 1 },
      createdAt: moment,
    };
    const revision = await prisma.revision.create({ data: rows.Revision as never });
    // A hiding and the admin's undo that names it: the undo carries every column.
    const hiding = await prisma.revisionRedaction.create({
      data: { revisionId: revision.id, field: 'reason', reason: 'hidden for a reason', actorId: user.id },
    });
    rows.RevisionRedaction = {
      revisionId: revision.id,
      field: 'reason',
      reason: 'shown again',
      actorId: user.id,
      undoesId: hiding.id,
      createdAt: moment,
    };
    await write('RevisionRedaction', 'AuditEvent');
    rows.MediaItem = {
      heroId: hero.id,
      submissionId: submission.id,
      uploaderId: user.id,
      status: 'APPROVED',
      kind: 'AWARD_DOCUMENT',
      caption: 'c',
      captionLanguage: 'ru',
      date: day,
      datePrecision: 'MONTH',
      place: 'p',
      pictured: 'w',
      provenance: 'ARCHIVE',
      provenanceNote: 'n',
      archiveFond: '33',
      archiveOpis: '682525',
      archiveDelo: '120',
      licence: 'CC_BY_SA_4',
      rightsConfirmed: true,
      credit: 'cr',
      originalType: 'image/tiff',
      originalBytes: 123,
      originalName: 'scan.tif',
      originalKey: `o/${'a'.repeat(64)}.tiff`,
      originalMeta: { gps: true },
      width: 10,
      height: 20,
      placeholder: 'data:image/webp;base64,AA',
      dhash: '0123456789abcdef',
      isPortrait: true,
      removedAt: moment,
      filesPurgedAt: moment,
      moderatorNote: 'm',
      reviewerId: user.id,
      reviewedAt: moment,
      createdAt: moment,
      updatedAt: moment,
    };
    const media = await prisma.mediaItem.create({ data: rows.MediaItem as never });
    // The source is a picture of the archive: named once the picture exists.
    await prisma.source.update({ where: { id: source.id }, data: { mediaId: media.id } });
    rows.Source!.mediaId = media.id;
    rows.MediaFile = {
      mediaId: media.id,
      variant: 'thumb.webp',
      key: `d/${'b'.repeat(64)}.webp`,
      contentType: 'image/webp',
      width: 5,
      height: 10,
      bytes: 99,
    };
    await prisma.mediaFile.create({ data: rows.MediaFile as never });
    rows.MediaRemoval = {
      mediaId: media.id,
      requesterId: user.id,
      reason: 'r',
      status: 'REJECTED',
      moderatorNote: 'm',
      reviewerId: user.id,
      reviewedAt: moment,
      createdAt: moment,
    };
    await prisma.mediaRemoval.create({ data: rows.MediaRemoval as never });
    rows.FamilyMemory = {
      heroId: hero.id,
      authorId: user.id,
      status: 'NEEDS_CHANGES',
      text: 't',
      relation: 'r',
      language: 'tg',
      moderatorNote: 'm',
      reviewerId: user.id,
      reviewedAt: moment,
      createdAt: moment,
      updatedAt: moment,
    };
    await prisma.familyMemory.create({ data: rows.FamilyMemory as never });
    rows.Translation = {
      entity: 'Hero',
      entityId: hero.id,
      field: 'role',
      locale: 'tg',
      value: 'тирандоз',
      sourceText: 'gunner',
      status: 'REVIEWED',
      heroId: hero.id,
      createdAt: moment,
      updatedAt: moment,
    };
    await prisma.translation.create({ data: rows.Translation as never });

    const delegates: Record<string, { findFirstOrThrow: (args?: unknown) => Promise<Record<string, unknown>> }> = {
      Hero: prisma.hero,
      HeroName: prisma.heroName,
      Place: prisma.place,
      PlaceName: prisma.placeName,
      UnitPathPoint: prisma.unitPathPoint,
      GeoNamesCandidate: prisma.geoNamesCandidate,
      Unit: prisma.unit,
      Service: prisma.service,
      Battle: prisma.battle,
      BattleParticipation: prisma.battleParticipation,
      Award: prisma.award,
      Source: prisma.source,
      Citation: prisma.citation,
      SourceConflict: prisma.sourceConflict,
      Memorial: prisma.memorial,
      Collection: prisma.collection,
      CountClaim: prisma.countClaim,
      Candidate: prisma.candidate,
      SearchTerm: prisma.searchTerm,
      SearchLexeme: prisma.searchLexeme,
      User: prisma.user,
      Account: prisma.account,
      Session: prisma.session,
      VerificationToken: prisma.verificationToken,
      RoleChange: prisma.roleChange,
      LanguageReviewer: prisma.languageReviewer,
      LanguageReviewerChange: prisma.languageReviewerChange,
      RateLimit: prisma.rateLimit,
      CacheTag: prisma.cacheTag,
      HeroTally: prisma.heroTally,
      OpenQuestionTally: prisma.openQuestionTally,
      Submission: prisma.submission,
      Revision: prisma.revision,
      RevisionRedaction: prisma.revisionRedaction,
      AuditEvent: prisma.auditEvent,
      MediaItem: prisma.mediaItem,
      MediaFile: prisma.mediaFile,
      MediaRemoval: prisma.mediaRemoval,
      FamilyMemory: prisma.familyMemory,
      Translation: prisma.translation,
    } as never;

    expect(models.map((m) => m.name).sort()).toEqual(Object.keys(delegates).sort());
    for (const model of models) {
      const written = rows[model.name];
      expect(written, `no fixture for model ${model.name}`).toBeDefined();
      const read = await delegates[model.name]!.findFirstOrThrow({
        where:
          model.name === 'Unit'
            ? { slug: 'u-army' }
            : model.name === 'Place'
              ? { id: place.id }
              : model.name === 'RevisionRedaction'
                ? { undoesId: { not: null } }
                : {},
      });
      for (const field of model.scalarFields) {
        if (field === 'id') {
          expect(typeof read.id).toBe('string');
          continue;
        }
        expect(written, `the test sets no value for ${model.name}.${field}`).toHaveProperty(field);
        expect(read[field], `${model.name}.${field}`).toEqual(written![field]);
      }
    }
  });
});
