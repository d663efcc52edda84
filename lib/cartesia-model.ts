import { markGenuine } from "./private/genuine";
import { MODEL_CONSTANTS } from "./private/model-catalog";

/** Whether the model is pinned to a dated snapshot or follows an alias. */
export enum ModelKind {
  /** A dated snapshot (`sonic[-version]-YYYY-MM-DD`): never changes. */
  SNAPSHOT = "snapshot",
  /** An alias (`sonic[-version][-suffix]`): Cartesia moves it to newer models. */
  ALIAS = "alias",
}

/**
 * The Cartesia model the connector asks for (`model_id`).
 *
 * Pin a dated snapshot in production (`CartesiaModel.snapshot(...)` or a constant); an alias such as
 * `sonic-latest` changes under you, so using one is a synth-time warning. Any id Cartesia may serve is
 * accepted: only a model Cartesia sunsetted is an error; one the library does not know is a warning.
 */
export class CartesiaModel {
  /**
   * Sonic 3.6, snapshot of 2026-08-27. Rests on third-party evidence only: no Cartesia SDK or page names
   * it (synth warns so); if Cartesia refuses it, use `SONIC_3_5_2026_05_04`.
   */
  public static readonly SONIC_3_6_2026_08_27 = CartesiaModel.snapshot(MODEL_CONSTANTS.SONIC_3_6_2026_08_27.id);
  /** Sonic 3.5, snapshot of 2026-05-04: the newest snapshot in Cartesia's SDK, and the one this library recommends. */
  public static readonly SONIC_3_5_2026_05_04 = CartesiaModel.snapshot(MODEL_CONSTANTS.SONIC_3_5_2026_05_04.id);
  /** Sonic 3, snapshot of 2026-01-12. */
  public static readonly SONIC_3_2026_01_12 = CartesiaModel.snapshot(MODEL_CONSTANTS.SONIC_3_2026_01_12.id);
  /** Sonic 3, snapshot of 2025-10-27. */
  public static readonly SONIC_3_2025_10_27 = CartesiaModel.snapshot(MODEL_CONSTANTS.SONIC_3_2025_10_27.id);
  /** The newest Sonic model, whatever it is on the day of the call: what the guide starts with (warns). */
  public static readonly SONIC_LATEST = CartesiaModel.alias(MODEL_CONSTANTS.SONIC_LATEST.id);

  /**
   * A dated snapshot, `sonic[-version]-YYYY-MM-DD`. Any id of that form is accepted, known or not (one
   * the library does not know is a warning naming the nearest known ones).
   */
  public static snapshot(id: string): CartesiaModel {
    return new CartesiaModel(id, ModelKind.SNAPSHOT);
  }

  /**
   * A moving alias: `sonic` followed by a version and suffixes, such as `sonic-latest`, `sonic-3.5`,
   * `sonic-4` or `sonic-3.6-latest`. Any alias of that form is accepted, with a warning (it moves).
   */
  public static alias(id: string): CartesiaModel {
    return new CartesiaModel(id, ModelKind.ALIAS);
  }

  private constructor(
    /** The id sent as `model_id`. */
    public readonly id: string,
    /** How the id was declared. */
    public readonly kind: ModelKind,
  ) {
    markGenuine(this);
  }
}
