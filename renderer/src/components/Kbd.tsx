/** A keyboard shortcut as shown in buttons and menus: `Ctrl+Z` → Ctrl + Z keys. */
export function Kbd({ keys }: { keys: string }) {
  return (
    <kbd className="kbd" aria-hidden="true">
      {keys.split('+').map((key, i) => (
        <span key={i}>{i > 0 && '+'}<kbd>{key}</kbd></span>
      ))}
    </kbd>
  );
}

/** The platform's name for the Ctrl key in shortcuts. */
export const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
