-- CreateEnum
CREATE TYPE "CaptureMethod" AS ENUM ('automatic', 'manual');

-- AlterTable
ALTER TABLE "checkout_sessions" ADD COLUMN     "capture_method" "CaptureMethod" NOT NULL DEFAULT 'automatic';

-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "amount_captured" INTEGER,
ADD COLUMN     "amount_released" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "cancel_requested_at" TIMESTAMP(3),
ADD COLUMN     "cancellation_reason" TEXT,
ADD COLUMN     "capture_method" "CaptureMethod" NOT NULL DEFAULT 'automatic',
ADD COLUMN     "capture_requested_amount" INTEGER,
ADD COLUMN     "capture_requested_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "payment_links" ADD COLUMN     "capture_method" "CaptureMethod" NOT NULL DEFAULT 'automatic';

-- Payments that succeeded before capture_method existed were captured in full.
UPDATE "payments" SET "amount_captured" = "amount" WHERE "status" = 'succeeded';
