// The renderer's entry: mounts the app over the preload's API.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bylineApi } from './bridge';
import './styles/theme.css';
import './styles/layout.css';
import './styles/body.css';
import './styles/review.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={bylineApi()} />
    </StrictMode>,
  );
}
