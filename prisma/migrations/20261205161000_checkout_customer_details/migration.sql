-- AlterTable
ALTER TABLE "merchants" ADD COLUMN     "terms_of_service_url" TEXT;

-- AlterTable
ALTER TABLE "checkout_sessions" ADD COLUMN     "checkout_options" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "collected" JSONB;

-- AlterTable
ALTER TABLE "line_items" ADD COLUMN     "adjustable_quantity" JSONB;

-- AlterTable
ALTER TABLE "payment_links" ADD COLUMN     "checkout_options" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "locale" TEXT;
