/** A new coupon in the domain's terms (the API's `percent_off` 12.5 is `percentOffHundredths` 1250). */
export type CouponInput = {
  name?: string;
  percentOffHundredths?: number;
  amountOff?: number;
  currency?: string;
  maxRedemptions?: number;
  redeemBy?: Date;
  appliesToLineItemNames?: string[];
  appliesToPaymentLinks?: string[];
  minimumAmount?: number;
  minimumAmountCurrency?: string;
  metadata?: Record<string, string>;
};

export type PromotionCodeInput = {
  couponId: string;
  /** Default: 8 random characters. */
  code?: string;
  active?: boolean;
  maxRedemptions?: number;
  expiresAt?: Date;
  firstTimeTransaction?: boolean;
  minimumAmount?: number;
  minimumAmountCurrency?: string;
  metadata?: Record<string, string>;
};
