-- A name form's language is shown only as a source gives it. Until now the page guessed it from
-- the letters (any Қ read as Tajik, so the Kazakh "Қарсыбай Спатаев" was labelled Tajik).
ALTER TABLE "HeroName" ADD COLUMN "language" TEXT;

-- Existing rows: the record's own Russian and English names are the sources' Russian and English
-- forms; a Tajik form is one the record holds as its Tajik name. Every other form stays unlabelled,
-- and a form that was Tajik only by guess is Cyrillic like any other.
UPDATE "HeroName" SET "language" = 'ru' WHERE "isPrimary" AND "script" = 'RU';
UPDATE "HeroName" SET "language" = 'en' WHERE "isPrimary" AND "script" = 'LATIN';
UPDATE "HeroName" n SET "language" = 'tg'
  FROM "Hero" h WHERE h."id" = n."heroId" AND n."script" = 'TG' AND h."fullNameTg" = n."value";
UPDATE "HeroName" SET "script" = 'RU' WHERE "script" = 'TG' AND "language" IS NULL;
