/** Keys of the nine properties the guide sets, by their meaning. */
export interface ConnectorPropertyKeys {
  /** "Synthesize Text URI". @default "ttsConnectorSynthesizeURI" */
  readonly synthesizeUri: string;
  /** "List Voices URI". @default "ttsConnectorVoicesURI" */
  readonly voicesUri: string;
  /** "Synthesize Text Request Method". @default "ttsConnectorSynthesizeMethod" */
  readonly synthesizeMethod: string;
  /** "Voices Attribute". @default "voicesAttribute" */
  readonly voicesAttribute: string;
  /** "Voice Name Attribute". @default "voiceNameAttribute" */
  readonly voiceNameAttribute: string;
  /** "Voice Id Attribute". @default "voiceIdAttribute" */
  readonly voiceIdAttribute: string;
  /** "Voice Language Attribute". @default "voiceLanguageAttribute" */
  readonly voiceLanguageAttribute: string;
  /** "Voice Gender Attribute". @default "voiceGenderAttribute" */
  readonly voiceGenderAttribute: string;
  /** "PCI Compliant". @default "isPciCompliant" */
  readonly pciCompliant: string;
}

/**
 * Facts about the Genesys TTS Connector integration type that no Genesys document states: they come
 * from one third-party codebase that verified them end to end. Every one can be overridden through
 * the connector's `connectorType` prop should Genesys name them otherwise.
 */
export interface TtsConnectorType {
  /** Integration type id. @default "genesys-tts-connector" */
  readonly integrationType: string;
  /** Name of the credential slot in the integration's `credentials` map. @default "basicAuth" */
  readonly credentialSlot: string;
  /** Credential type whose fields Genesys sends as HTTP headers ("User Defined"). @default "userDefined" */
  readonly credentialType: string;
  /** Property keys of the integration's config. */
  readonly propertyKeys: ConnectorPropertyKeys;
}

/** Overrides for `TtsConnectorType`; what is left out keeps its default. */
export interface TtsConnectorTypeOverrides {
  /** Integration type id. @default "genesys-tts-connector" */
  readonly integrationType?: string;
  /** Credential slot in the integration's `credentials` map. @default "basicAuth" */
  readonly credentialSlot?: string;
  /** Credential type the connector creates. @default "userDefined" */
  readonly credentialType?: string;
  /** Property keys, any of them. @default - the keys of `GENESYS_TTS_CONNECTOR.propertyKeys` */
  readonly propertyKeys?: ConnectorPropertyKeyOverrides;
}

/** Overrides for `ConnectorPropertyKeys`; what is left out keeps its default. */
export interface ConnectorPropertyKeyOverrides {
  /** "Synthesize Text URI". @default "ttsConnectorSynthesizeURI" */
  readonly synthesizeUri?: string;
  /** "List Voices URI". @default "ttsConnectorVoicesURI" */
  readonly voicesUri?: string;
  /** "Synthesize Text Request Method". @default "ttsConnectorSynthesizeMethod" */
  readonly synthesizeMethod?: string;
  /** "Voices Attribute". @default "voicesAttribute" */
  readonly voicesAttribute?: string;
  /** "Voice Name Attribute". @default "voiceNameAttribute" */
  readonly voiceNameAttribute?: string;
  /** "Voice Id Attribute". @default "voiceIdAttribute" */
  readonly voiceIdAttribute?: string;
  /** "Voice Language Attribute". @default "voiceLanguageAttribute" */
  readonly voiceLanguageAttribute?: string;
  /** "Voice Gender Attribute". @default "voiceGenderAttribute" */
  readonly voiceGenderAttribute?: string;
  /** "PCI Compliant". @default "isPciCompliant" */
  readonly pciCompliant?: string;
}

/** The facts as one third-party codebase verified them end to end: what the connector writes unless overridden. */
export const GENESYS_TTS_CONNECTOR: TtsConnectorType = {
  integrationType: "genesys-tts-connector",
  credentialSlot: "basicAuth",
  credentialType: "userDefined",
  propertyKeys: {
    synthesizeUri: "ttsConnectorSynthesizeURI",
    voicesUri: "ttsConnectorVoicesURI",
    synthesizeMethod: "ttsConnectorSynthesizeMethod",
    voicesAttribute: "voicesAttribute",
    voiceNameAttribute: "voiceNameAttribute",
    voiceIdAttribute: "voiceIdAttribute",
    voiceLanguageAttribute: "voiceLanguageAttribute",
    voiceGenderAttribute: "voiceGenderAttribute",
    pciCompliant: "isPciCompliant",
  },
};

/** Applies overrides to the defaults. */
export function resolveConnectorType(overrides: TtsConnectorTypeOverrides = {}): TtsConnectorType {
  return {
    integrationType: overrides.integrationType ?? GENESYS_TTS_CONNECTOR.integrationType,
    credentialSlot: overrides.credentialSlot ?? GENESYS_TTS_CONNECTOR.credentialSlot,
    credentialType: overrides.credentialType ?? GENESYS_TTS_CONNECTOR.credentialType,
    propertyKeys: { ...GENESYS_TTS_CONNECTOR.propertyKeys, ...overrides.propertyKeys },
  };
}
