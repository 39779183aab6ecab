-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "anomaly_at" TIMESTAMP(3),
ADD COLUMN     "awaiting_customer_since" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "payment_anomalies" (
    "id" TEXT NOT NULL,
    "payment_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "stripe_object_id" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_anomalies_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payment_anomalies_payment_id_kind_stripe_object_id_key" ON "payment_anomalies"("payment_id", "kind", "stripe_object_id");

-- AddForeignKey
ALTER TABLE "payment_anomalies" ADD CONSTRAINT "payment_anomalies_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE CASCADE ON UPDATE CASCADE;
