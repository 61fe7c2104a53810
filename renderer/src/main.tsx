import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n'
import { bridgeToken } from './api'
import { App } from './App'
import './styles.css'

// Take the bridge token out of the address bar before anything renders.
if (!window.caseDesk) bridgeToken()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
