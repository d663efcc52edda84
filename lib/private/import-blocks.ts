import { TerraformElement, type TerraformProvider, type TerraformResource } from "cdktf";
import { type Construct } from "constructs";

/** A resource to adopt, and the id Genesys knows it by. */
export interface ImportTarget {
  readonly resource: TerraformResource;
  readonly id: string;
}

/**
 * Terraform `import` blocks for the resources a connector adopts, written exactly as
 * `TerraformResource.importFrom` writes them (`import: [{ provider, id, to }]`, and `imports` in the
 * stack's metadata), without the check importFrom adds: it runs `terraform version` at every synth,
 * once per imported resource, so a stack that adopts would no longer synthesize without a terraform
 * binary (validate and review run where none is installed) and each synth would spawn three processes
 * per connector.
 */
export class ImportBlocks extends TerraformElement {
  constructor(
    scope: Construct,
    id: string,
    private readonly targets: readonly ImportTarget[],
    private readonly provider?: TerraformProvider,
  ) {
    super(scope, id);
  }

  /** The blocks, in the JSON form. */
  public override toTerraform(): unknown {
    return { import: this.targets.map(({ resource, id }) => ({ provider: this.provider?.fqn, id, to: address(resource) })) };
  }

  /** The blocks, in the form cdktf renders as HCL. */
  public override toHclTerraform(): unknown {
    return {
      import: this.targets.map(({ resource, id }) => ({
        to: { value: address(resource), type: "simple", storageClassType: "reference" },
        id: { value: id, type: "simple", storageClassType: "string" },
        provider: this.provider ? { value: this.provider.fqn, type: "simple", storageClassType: "reference" } : undefined,
      })),
    };
  }

  /** The imported resources by type, as the stack's metadata lists them. */
  public override toMetadata(): unknown {
    const imports: Record<string, string[]> = {};
    for (const { resource } of this.targets) (imports[resource.terraformResourceType] ??= []).push(resource.friendlyUniqueId);
    return { imports };
  }
}

function address(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}
