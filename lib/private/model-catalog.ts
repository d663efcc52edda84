/** A Cartesia model whose retirement Cartesia has announced. */
export interface SunsetModel {
  /** The model id as sent in `model_id`. */
  readonly id: string;
  /** The day (YYYY-MM-DD) after which Cartesia stops serving it. */
  readonly sunsetDate: string;
}

/** Dated snapshots Cartesia documents. A snapshot never changes, which is why production should pin one. */
export const KNOWN_SNAPSHOTS: readonly string[] = ["sonic-3.5-2026-05-04", "sonic-3-2026-01-12", "sonic-3.6-2026-08-27"];

/** Aliases that move to newer snapshots without notice. */
export const KNOWN_ALIASES: readonly string[] = ["sonic-latest", "sonic-3.5", "sonic-3"];

/** Retired or retiring models with the date Cartesia announced. */
export const SUNSET_MODELS: readonly SunsetModel[] = [
  ...["sonic-3-2025-10-27", "sonic-2", "sonic-2-2025-06-11", "sonic-2-2025-05-08", "sonic-2-2025-04-16", "sonic-turbo", "sonic-turbo-2025-06-04"].map((id) => ({
    id,
    sunsetDate: "2026-10-20",
  })),
  ...["sonic", "sonic-2024-12-12", "sonic-2024-10-19", "sonic-english", "sonic-multilingual", "sonic-2-2025-03-07", "sonic-turbo-2025-03-07"].map((id) => ({
    id,
    sunsetDate: "2026-06-01",
  })),
];
