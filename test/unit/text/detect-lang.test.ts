import { describe, expect, it } from 'vitest';
import { articleLang, detectLang } from '../../../utils/text/detect-lang';
import { SUMMIT } from './fixtures/summit';

/** Two or three sentences of the kind a news report opens with, one per language. */
const SENTENCES: Record<string, string> = {
  en: 'The minister said on Tuesday that the government would not change its plans. Talks with the unions are expected to continue next week.',
  de: 'Der Minister sagte am Dienstag, dass die Regierung ihre Pläne nicht ändern werde. Die Gespräche mit den Gewerkschaften sollen in der nächsten Woche weitergehen.',
  fr: "Le ministre a déclaré mardi que le gouvernement ne changerait pas ses projets. Les discussions avec les syndicats doivent se poursuivre la semaine prochaine.",
  es: 'El ministro dijo el martes que el gobierno no cambiará sus planes. Las conversaciones con los sindicatos continuarán la próxima semana.',
  it: 'Il ministro ha detto martedì che il governo non cambierà i suoi piani. I colloqui con i sindacati dovrebbero proseguire la prossima settimana.',
  pt: 'O ministro disse na terça-feira que o governo não vai mudar os seus planos. As conversações com os sindicatos devem continuar na próxima semana.',
  nl: 'De minister zei dinsdag dat de regering haar plannen niet zal wijzigen. De gesprekken met de vakbonden worden volgende week voortgezet.',
  ro: 'Ministrul a declarat marți că guvernul nu își va schimba planurile. Discuțiile cu sindicatele vor continua săptămâna viitoare.',
  tr: 'Bakan salı günü yaptığı açıklamada hükümetin planlarını değiştirmeyeceğini söyledi. Sendikalarla görüşmelerin gelecek hafta da sürmesi bekleniyor.',
  sv: 'Ministern sade på tisdagen att regeringen inte kommer att ändra sina planer. Samtalen med facken väntas fortsätta nästa vecka.',
  pl: 'Minister powiedział we wtorek, że rząd nie zmieni swoich planów. Rozmowy ze związkami zawodowymi mają być kontynuowane w przyszłym tygodniu.',
  ru: 'Министр заявил во вторник, что правительство не изменит своих планов. Переговоры с профсоюзами продолжатся на следующей неделе.',
};

describe('detectLang', () => {
  it.each(Object.entries(SENTENCES))('%s: two news sentences', (lang, text) => {
    expect(detectLang(text)).toBe(lang);
  });
  it.each(Object.entries(SUMMIT))('%s: a whole report of the summit', (lang, a) => {
    expect(detectLang(`${a.title}\n${a.text}`)).toBe(lang);
  });
  it('Romanian typed without its diacritics is still Romanian', () => {
    const plain = 'Ministrul a declarat marti ca guvernul nu isi va schimba planurile si ca nu exista alta solutie. ' +
      'Discutiile cu sindicatele vor continua saptamana viitoare, dupa ce acestea au cerut o noua intalnire. ' +
      'Potrivit ministrului, bugetul pentru acest an este deja aprobat de catre parlament.';
    expect(detectLang(plain)).toBe('ro');
  });
  it('is unsure (null) on too little text or no function words', () => {
    expect(detectLang('')).toBeNull();
    expect(detectLang('NATO summit')).toBeNull();
    expect(detectLang('Biden, Stoltenberg, Macron, Erdoğan, Zelensky, Scholz.')).toBeNull();
    expect(detectLang('12:30 — 40,000 — 2022-03-24')).toBeNull();
  });
  it('names the language of a script that one language owns, and not of shared ones', () => {
    expect(detectLang('Ο πρωθυπουργός δήλωσε την Τρίτη ότι η κυβέρνηση δεν θα αλλάξει τα σχέδιά της.')).toBe('el');
    expect(detectLang('首相は火曜日、政府は計画を変更しないと述べた。')).toBe('ja');
    expect(detectLang('总理周二表示，政府不会改变计划。')).toBe('zh');
    expect(detectLang('총리는 화요일 정부가 계획을 바꾸지 않을 것이라고 말했다.')).toBe('ko');
    expect(detectLang('وقال الوزير يوم الثلاثاء إن الحكومة لن تغير خططها.')).toBeNull();
  });
  it('reads only the start of a long text', () => {
    const text = SENTENCES.de!.repeat(25) + ' ' + SENTENCES.en!.repeat(200);
    expect(detectLang(text)).toBe('de');
  });
});

describe('articleLang', () => {
  it('takes a well-formed tag as given, detects otherwise, defaults to English', () => {
    expect(articleLang('pt-BR', null, SENTENCES.de!)).toBe('pt');
    expect(articleLang(null, null, SENTENCES.de!)).toBe('de');
    expect(articleLang(undefined, SUMMIT.tr!.title, SUMMIT.tr!.text)).toBe('tr');
    expect(articleLang('en us', null, SENTENCES.ro!)).toBe('ro');
    expect(articleLang('x', null, 'NATO summit')).toBe('en');
    expect(articleLang(null, null, '')).toBe('en');
    expect(articleLang('und', null, SENTENCES.de!)).toBe('de');
  });
});
