/**
 * Decap's notices (react-toastify) with a Chinese close button and no English for screen
 * readers. react-toastify writes `aria-label="close"` on the close button and
 * `aria-label="notification timer"` on the countdown bar, in code, with no option for the
 * words. Decap renders the container (decap-cms-core, components/UI/Notifications.tsx), so
 * a Vite alias (admin/decap-aliases.ts) gives it this module for `react-toastify`: the same
 * exports, with a container whose close button is ours and whose countdown bar is hidden
 * (then marked aria-hidden; notices still close by themselves).
 */
import { createElement as h, type ComponentProps } from 'react';
// The package itself, by the path the alias leaves alone.
import {
  ToastContainer as DecapToastContainer,
  type CloseButton as DecapCloseButton,
} from 'react-toastify/dist/react-toastify.esm.mjs';

export * from 'react-toastify/dist/react-toastify.esm.mjs';

/** What react-toastify hands a close button (its own is not exported, only its type). */
type CloseButtonProps = Parameters<typeof DecapCloseButton>[0];

/** react-toastify's own close button (the same classes and cross), labelled 关闭. */
function CloseButton({ closeToast, theme }: CloseButtonProps) {
  return h(
    'button',
    {
      className: `Toastify__close-button Toastify__close-button--${theme}`,
      type: 'button',
      'aria-label': '关闭',
      onClick: (e: Parameters<CloseButtonProps['closeToast']>[0]) => {
        e.stopPropagation();
        closeToast(e);
      },
    },
    h(
      'svg',
      { 'aria-hidden': 'true', viewBox: '0 0 14 16' },
      h('path', {
        fillRule: 'evenodd',
        d: 'M7.71 8.23l3.75 3.75-1.48 1.48-3.75-3.75-3.75 3.75L1 11.98l3.75-3.75L1 4.48 2.48 3l3.75 3.75L9.98 3l1.48 1.48-3.75 3.75z',
      }),
    ),
  );
}

export function ToastContainer(props: ComponentProps<typeof DecapToastContainer>) {
  return h(DecapToastContainer, { ...props, closeButton: CloseButton, hideProgressBar: true });
}
