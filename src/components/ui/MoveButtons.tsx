/** Where a Move button sends an item. */
export type MoveWhere = 'up' | 'down' | 'top' | 'bottom';

interface MoveButtonsProps {
  id: string;
  /** What the item says, for the buttons' accessible names. */
  name: string;
  first: boolean;
  last: boolean;
  /** Moves the item; `focusKey` names the button to focus again once the list has re-rendered. */
  move: (id: string, where: MoveWhere, focusKey: string) => void;
  /** Also offer Move to top and Move to bottom (long lists). */
  ends?: boolean;
}

const LABELS: Record<MoveWhere, string> = {
  top: 'Move to top',
  up: 'Move up',
  down: 'Move down',
  bottom: 'Move to bottom',
};

/** Move up and Move down (and, for long lists, to the top and bottom) for an item of an ordered list. */
export function MoveButtons({ id, name, first, last, move, ends = false }: MoveButtonsProps) {
  const wheres: MoveWhere[] = ends ? ['top', 'up', 'down', 'bottom'] : ['up', 'down'];
  return (
    <>
      {wheres.map((where) => {
        const atEnd = where === 'top' || where === 'up' ? first : last;
        return (
          <button
            key={where}
            type="button"
            class="ws-small"
            data-focus={`${where}:${id}`}
            aria-label={`${LABELS[where]}: '${name}'`}
            aria-disabled={atEnd ? 'true' : undefined}
            onClick={() => move(id, where, `${where}:${id}`)}
          >
            {LABELS[where]}
          </button>
        );
      })}
    </>
  );
}
