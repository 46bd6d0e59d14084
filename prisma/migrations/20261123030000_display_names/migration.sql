-- The name a person shows the public. Null until they choose one; pages then show a neutral
-- "Contributor" with a code from the account id, never anything taken from the email address.
ALTER TABLE "User" ADD COLUMN "displayName" TEXT;
