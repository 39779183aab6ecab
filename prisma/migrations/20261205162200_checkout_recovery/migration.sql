-- AlterTable
ALTER TABLE "checkout_sessions" ADD COLUMN     "recovered_from" TEXT,
ADD COLUMN     "recovery_allow_promotion_codes" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "recovery_enabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "recovery_expires_at" TIMESTAMP(3),
ADD COLUMN     "recovery_token_hash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "checkout_sessions_recovery_token_hash_key" ON "checkout_sessions"("recovery_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "checkout_sessions_recovered_from_key" ON "checkout_sessions"("recovered_from");

-- CreateIndex
CREATE INDEX "checkout_sessions_merchant_id_recovery_expires_at_idx" ON "checkout_sessions"("merchant_id", "recovery_expires_at");

-- AddForeignKey
ALTER TABLE "checkout_sessions" ADD CONSTRAINT "checkout_sessions_recovered_from_fkey" FOREIGN KEY ("recovered_from") REFERENCES "checkout_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
