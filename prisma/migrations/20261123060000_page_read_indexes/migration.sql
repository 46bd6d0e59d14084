-- The reads public pages make from the other side of each link: a unit's Heroes, a battle's
-- Heroes, a unit's subunits, a source's citations. Without these each is a scan of the table.
CREATE INDEX "Service_unitId_idx" ON "Service"("unitId");
CREATE INDEX "BattleParticipation_battleId_idx" ON "BattleParticipation"("battleId");
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
