import { currentRuntime, type Runtime } from './api';

function describeRuntime(runtime: Runtime): string {
  return runtime.kind === 'electron'
    ? `Electron ${runtime.electron} · Chromium ${runtime.chrome}`
    : '瀏覽器模式 (browser mode)';
}

export function App() {
  const runtime = currentRuntime();
  return (
    <main className="start">
      <header className="start__header">
        <h1 className="start__title">職能課程規劃</h1>
        <p className="start__subtitle" lang="en">Competency-based course planning</p>
      </header>
      <section className="start__purpose" aria-label="用途">
        <p>以職能基準為依據，把工作任務、行為指標與知識技能對應到課程單元，規劃職能導向課程。</p>
        <p>檢視每項職能是否都有課程涵蓋，並匯出課程規劃文件；資料只存在這台電腦，不需連線。</p>
      </section>
      <footer className="start__footer">{describeRuntime(runtime)}</footer>
    </main>
  );
}
