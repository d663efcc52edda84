import { markGenuine } from "./private/genuine";

/** Whether the model is pinned to a dated snapshot or follows an alias. */
export enum ModelKind {
  /** A dated snapshot (`sonic-3-2026-01-12`): never changes. */
  SNAPSHOT = "snapshot",
  /** An alias (`sonic-latest`): Cartesia moves it to newer models. */
  ALIAS = "alias",
}

/**
 * The Cartesia model the connector asks for (`model_id`).
 *
 * Pin a dated snapshot in production (`CartesiaModel.snapshot(...)` or a constant); an alias such as
 * `sonic-latest` changes under you, so using one is a synth-time warning.
 */
export class CartesiaModel {
  /** Sonic 3.6, snapshot of 2026-08-27 (reported by one third-party source only). */
  public static readonly SONIC_3_6_2026_08_27 = CartesiaModel.snapshot("sonic-3.6-2026-08-27");
  /** Sonic 3.5, snapshot of 2026-05-04. */
  public static readonly SONIC_3_5_2026_05_04 = CartesiaModel.snapshot("sonic-3.5-2026-05-04");
  /** Sonic 3, snapshot of 2026-01-12. */
  public static readonly SONIC_3_2026_01_12 = CartesiaModel.snapshot("sonic-3-2026-01-12");
  /** The newest Sonic model, whatever it is on the day of the call: what the guide starts with. */
  public static readonly SONIC_LATEST = CartesiaModel.alias("sonic-latest");

  /** A dated snapshot such as `sonic-3-2026-01-12`. Any id of that shape is accepted, known or not. */
  public static snapshot(id: string): CartesiaModel {
    return new CartesiaModel(id, ModelKind.SNAPSHOT);
  }

  /** A moving alias: one of `sonic-latest`, `sonic-3.5`, `sonic-3`. Allowed, with a warning. */
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
