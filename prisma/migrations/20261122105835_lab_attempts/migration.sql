-- CreateTable
CREATE TABLE "LabAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "labId" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "commands" TEXT NOT NULL,
    "goals" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "goalsDone" INTEGER NOT NULL,
    "goalsTotal" INTEGER NOT NULL,
    "hintsUsed" INTEGER NOT NULL,
    "solutionRevealed" BOOLEAN NOT NULL,
    "timeSpentSec" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LabAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LabSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "labId" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "commands" TEXT NOT NULL,
    "hintsRevealed" INTEGER NOT NULL DEFAULT 0,
    "solutionRevealed" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LabSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LabAttempt_userId_labId_idx" ON "LabAttempt"("userId", "labId");

-- CreateIndex
CREATE INDEX "LabAttempt_labId_idx" ON "LabAttempt"("labId");

-- CreateIndex
CREATE UNIQUE INDEX "LabSession_userId_labId_key" ON "LabSession"("userId", "labId");
