// Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsPerMessage: 10,
  /** Sum of every embed's title, description, field names and values, footer and author. */
  charactersPerMessage: 6000,
  content: 2000,
  componentRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  selectOptions: 25,
  selectLabel: 100,
  selectDescription: 100,
  modalTitle: 45,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** An attached file: Discord's upload limit for a server without boosts is 10 MiB; kept under the older 8 MiB. */
  attachmentBytes: 8 * 2 ** 20,
  /** An attachment's description (alt text). */
  attachmentDescription: 1024,
} as const;
