-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LabSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "labId" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "commands" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "hintsRevealed" INTEGER NOT NULL DEFAULT 0,
    "solutionRevealed" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activeSec" INTEGER NOT NULL DEFAULT 0,
    "lastEventAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LabSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LabSession" ("activeSec", "commands", "hintsRevealed", "id", "labId", "lastEventAt", "seed", "solutionRevealed", "startedAt", "updatedAt", "userId") SELECT "activeSec", "commands", "hintsRevealed", "id", "labId", "lastEventAt", "seed", "solutionRevealed", "startedAt", "updatedAt", "userId" FROM "LabSession";
DROP TABLE "LabSession";
ALTER TABLE "new_LabSession" RENAME TO "LabSession";
CREATE UNIQUE INDEX "LabSession_userId_labId_key" ON "LabSession"("userId", "labId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
