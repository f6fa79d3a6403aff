import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsView } from '../../components/OptionsView';
import type { CorpusInfo } from '../../utils/messaging/protocol';
import { sendMessage } from '../../utils/messaging/protocol';
import { unwrap } from '../../utils/messaging/result';

function App() {
  const [info, setInfo] = useState<CorpusInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void sendMessage('uiCorpusInfo', null)
      .then(unwrap)
      .then(setInfo)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return <OptionsView info={info} error={error} />;
}

render(<App />, document.getElementById('app')!);
