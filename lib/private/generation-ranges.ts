/**
 * Cartesia's ranges for `generation_config` (`GenerationConfig` in `@cartesia/cartesia-js`: "Valid values
 * are between [0.6, 1.5] inclusive" and "[0.5, 2.0]"). A file of its own, engine-free: the props check and
 * the command's smoke test both read it, and the command loads no cdktf.
 */
export const GENERATION_RANGES: Readonly<Record<"speed" | "volume", readonly [number, number]>> = { speed: [0.6, 1.5], volume: [0.5, 2.0] };
