-- CreateTable
CREATE TABLE "GuestLabUse" (
    "guestId" TEXT NOT NULL,
    "labId" TEXT NOT NULL,
    "hintsRevealed" INTEGER NOT NULL DEFAULT 0,
    "solutionRevealed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("guestId", "labId")
);

-- CreateTable
CREATE TABLE "Throttle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "since" DATETIME NOT NULL,
    "until" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LabSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "labId" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "commands" TEXT NOT NULL,
    "hintsRevealed" INTEGER NOT NULL DEFAULT 0,
    "solutionRevealed" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activeSec" INTEGER NOT NULL DEFAULT 0,
    "lastEventAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LabSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LabSession" ("commands", "hintsRevealed", "id", "labId", "seed", "solutionRevealed", "startedAt", "updatedAt", "userId") SELECT "commands", "hintsRevealed", "id", "labId", "seed", "solutionRevealed", "startedAt", "updatedAt", "userId" FROM "LabSession";
DROP TABLE "LabSession";
ALTER TABLE "new_LabSession" RENAME TO "LabSession";
CREATE UNIQUE INDEX "LabSession_userId_labId_key" ON "LabSession"("userId", "labId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "GuestLabUse_updatedAt_idx" ON "GuestLabUse"("updatedAt");

-- CreateIndex
CREATE INDEX "Throttle_since_idx" ON "Throttle"("since");
