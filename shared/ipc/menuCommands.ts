import * as z from 'zod';

/**
 * Commands the native menus send to the page (main → renderer, the one message that flows that
 * way). The page decides what each means where the user is; main only says which was chosen.
 */
export const MENU_COMMANDS = ['new-plan', 'open-plans', 'import-standard', 'open-standards', 'export-documents', 'show-shortcuts'] as const;
export const MenuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** The event channel the commands travel on. */
export const MENU_COMMAND_CHANNEL = 'menu.command';
