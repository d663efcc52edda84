/** The fake Cartesia keys the tests use: obvious fakes, shaped like real keys so every scan would see them. */
export const TEST_KEYS: readonly string[] = ["sk_car_test_not_a_real_key_0001", "sk_car_test_not_a_real_key_0002", "sk_car_admin_test_not_a_real_key"];
