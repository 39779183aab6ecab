-- CreateEnum
CREATE TYPE "RedemptionStatus" AS ENUM ('held', 'counted', 'released');

-- AlterTable
ALTER TABLE "checkout_sessions" ADD COLUMN     "allow_promotion_codes" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "amount_discount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "coupon_id" TEXT,
ADD COLUMN     "promotion_code_id" TEXT;

-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "amount_discount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "coupon_id" TEXT,
ADD COLUMN     "promotion_code_id" TEXT;

-- AlterTable
ALTER TABLE "payment_links" ADD COLUMN     "allow_promotion_codes" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "coupons" (
    "id" TEXT NOT NULL,
    "merchant_id" TEXT NOT NULL,
    "name" TEXT,
    "percent_off_hundredths" INTEGER,
    "amount_off" INTEGER,
    "currency" TEXT,
    "max_redemptions" INTEGER,
    "redeem_by" TIMESTAMP(3),
    "applies_to_line_item_names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "applies_to_payment_links" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "minimum_amount" INTEGER,
    "minimum_amount_currency" TEXT,
    "times_redeemed" INTEGER NOT NULL DEFAULT 0,
    "times_held" INTEGER NOT NULL DEFAULT 0,
    "valid" BOOLEAN NOT NULL DEFAULT true,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "coupons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_codes" (
    "id" TEXT NOT NULL,
    "merchant_id" TEXT NOT NULL,
    "coupon_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "code_key" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "max_redemptions" INTEGER,
    "expires_at" TIMESTAMP(3),
    "first_time_transaction" BOOLEAN NOT NULL DEFAULT false,
    "minimum_amount" INTEGER,
    "minimum_amount_currency" TEXT,
    "times_redeemed" INTEGER NOT NULL DEFAULT 0,
    "times_held" INTEGER NOT NULL DEFAULT 0,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "promotion_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discount_redemptions" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "coupon_id" TEXT NOT NULL,
    "promotion_code_id" TEXT,
    "status" "RedemptionStatus" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "discount_redemptions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "coupons_merchant_id_created_at_idx" ON "coupons"("merchant_id", "created_at");

-- CreateIndex
CREATE INDEX "promotion_codes_merchant_id_created_at_idx" ON "promotion_codes"("merchant_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_codes_merchant_id_code_key_key" ON "promotion_codes"("merchant_id", "code_key");

-- CreateIndex
CREATE UNIQUE INDEX "discount_redemptions_session_id_key" ON "discount_redemptions"("session_id");

-- CreateIndex
CREATE INDEX "discount_redemptions_coupon_id_idx" ON "discount_redemptions"("coupon_id");

-- AddForeignKey
ALTER TABLE "checkout_sessions" ADD CONSTRAINT "checkout_sessions_coupon_id_fkey" FOREIGN KEY ("coupon_id") REFERENCES "coupons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checkout_sessions" ADD CONSTRAINT "checkout_sessions_promotion_code_id_fkey" FOREIGN KEY ("promotion_code_id") REFERENCES "promotion_codes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_codes" ADD CONSTRAINT "promotion_codes_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_codes" ADD CONSTRAINT "promotion_codes_coupon_id_fkey" FOREIGN KEY ("coupon_id") REFERENCES "coupons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discount_redemptions" ADD CONSTRAINT "discount_redemptions_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "checkout_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discount_redemptions" ADD CONSTRAINT "discount_redemptions_coupon_id_fkey" FOREIGN KEY ("coupon_id") REFERENCES "coupons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discount_redemptions" ADD CONSTRAINT "discount_redemptions_promotion_code_id_fkey" FOREIGN KEY ("promotion_code_id") REFERENCES "promotion_codes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The database keeps the invariants the code relies on, whatever writes the rows.
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_one_kind_of_discount" CHECK ((percent_off_hundredths IS NULL) <> (amount_off IS NULL));
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_counters_not_negative" CHECK (times_held >= 0 AND times_redeemed >= 0);
ALTER TABLE "promotion_codes" ADD CONSTRAINT "promotion_codes_counters_not_negative" CHECK (times_held >= 0 AND times_redeemed >= 0);
