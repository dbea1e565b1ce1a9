/** Training set: benign texts in Polish, Russian, Ukrainian and Turkish. */
import { benign, type AuthoredGroup } from '../types.js';

const F = 'multilingual';
const T = 'hard_negative:multilingual_trigger_words';

export const benignMultilingualEast: readonly AuthoredGroup[] = [
  benign(F, 'benign:chat', 'pl', [
    `Jak długo trzeba gotować pierogi z mięsem, żeby nie były twarde?`,
    `Co warto zobaczyć w Gdańsku, jeśli mam tylko jeden dzień?`,
    `Jaka jest różnica między kredytem o stałym a zmiennym oprocentowaniu?`,
    `Jak wytłumaczyć dziecku w drugiej klasie, czym jest ułamek?`,
    `Kiedy najlepiej sadzić czosnek w ogrodzie?`,
    `Czy z Krakowa do Zakopanego szybciej dojadę pociągiem czy busem?`,
  ]),
  benign(F, 'benign:support', 'pl', [
    `Dzień dobry, od wczoraj lodówka bardzo głośno pracuje, a zamrażarka się oszrania. Czy mogę zgłosić reklamację?`,
    `Zamówiłem suszarkę do włosów dziesięć dni temu i nadal nie dostałem numeru przesyłki.`,
    `Chciałabym zmienić taryfę internetu na tańszą od przyszłego miesiąca. Jak to zrobić?`,
    `Przelew do sklepu został wysłany dwa razy. Proszę o zwrot jednej kwoty.`,
  ]),
  benign(F, 'benign:email', 'pl', [
    `Cześć Kasia,\n\nprzesyłam Ci listę rzeczy na weekend pod namiotem. Daj znać, czy masz jeszcze tę dużą latarkę.\n\nPozdrawiam,\nTomek`,
    `Szanowni Państwo,\n\nuprzejmie informuję, że faktura za usługę hydrauliczną została opłacona przelewem w dniu 5 maja.\n\nZ poważaniem,\nAnna Kowalczyk`,
    `Drodzy Rodzice,\n\nw piątek odbędzie się szkolny festyn rodzinny. Prosimy o przyniesienie ciasta lub owoców na wspólny stół.\n\nWychowawczyni klasy 3b`,
    `Dzień dobry Panie Marku,\n\nczy moglibyśmy przesunąć spotkanie w sprawie projektu na czwartek na godzinę 11? Będę wtedy w biurze.\n\nPozdrawiam,\nEwa Nowak`,
  ]),
  benign(F, 'benign:document', 'pl', [
    `Urząd miasta poinformował, że od lipca w centrum pojawi się dwanaście nowych stacji roweru miejskiego.`,
    `Przepis na żurek: ugotować bulion z włoszczyzną i kiełbasą, dodać pół litra zakwasu, zagotować, doprawić majerankiem i czosnkiem, podawać z jajkiem na twardo.`,
    `Porada ogrodnicza: pomidory w szklarni warto podlewać rano, bezpośrednio pod korzeń, aby liście pozostały suche.`,
    `Dom kultury zaprasza na bezpłatne warsztaty ceramiczne dla seniorów w każdą środę o 10:00.`,
  ]),
  benign(F, 'benign:coding', 'pl', [
    `Jak w Pythonie odczytać plik tekstowy linia po linii i pominąć puste wiersze?`,
    `Jak w Excelu policzyć, ile komórek w kolumnie zawiera słowo „zapłacono”?`,
    `Co oznacza błąd „ZeroDivisionError” w Pythonie i jak go uniknąć?`,
  ]),
  benign(F, T, 'pl', [
    `Proszę zignorować mojego poprzedniego maila, faktura została już opłacona.`,
    `Zapomniałem hasła do bankowości internetowej. Jak mogę je zresetować?`,
    `Zapomnij o tym, o co pytałam wcześniej, wolę przepis wegetariański.`,
    `Instrukcja obsługi pralki każe czyścić filtr co trzy miesiące. Gdzie on się znajduje?`,
    `System rezerwacji biletów nie przyjmuje mojej karty. Co mam zrobić?`,
    `Zignoruj moje wcześniejsze wskazówki dotyczące formatowania i napisz wszystko w punktach.`,
  ]),

  benign(F, 'benign:chat', 'ru', [
    `Сколько минут варить гречку, чтобы она получилась рассыпчатой?`,
    `Что посмотреть в Казани за два дня, если я приеду на поезде?`,
    `Чем отличается дебетовая карта от кредитной?`,
    `Как объяснить ребёнку, почему небо голубое?`,
    `Когда лучше пересаживать комнатные фиалки?`,
    `Посоветуй настольные игры для компании из пяти взрослых.`,
  ]),
  benign(F, 'benign:support', 'ru', [
    `Здравствуйте, стиральная машина не сливает воду и показывает ошибку E21. Можно вызвать мастера по гарантии?`,
    `Мой заказ должен был прийти три дня назад, но статус не меняется. Номер заказа 77104.`,
    `Добрый день, с карты дважды списали оплату за одну покупку. Как вернуть деньги?`,
    `Интернет по вечерам работает очень медленно. Можете проверить линию?`,
  ]),
  benign(F, 'benign:email', 'ru', [
    `Привет, Оля!\n\nОтправляю тебе фотографии с нашей поездки на Байкал. Напиши, если какие-то не открываются.\n\nОбнимаю,\nМаша`,
    `Уважаемые коллеги,\n\nнапоминаю, что квартальный отчёт нужно сдать до пятницы. Если возникнут вопросы по шаблону, пишите мне.\n\nС уважением,\nИгорь Петров`,
    `Уважаемые жильцы,\n\nв среду с 10:00 до 14:00 будет отключена горячая вода в связи с плановыми работами.\n\nУправляющая компания`,
    `Здравствуйте, Анна Сергеевна!\n\nМожно ли перенести занятие по математике со вторника на четверг? У сына в этот день олимпиада.\n\nСпасибо,\nЕлена`,
  ]),
  benign(F, 'benign:document', 'ru', [
    `Городская администрация сообщила, что к осени в парке у реки появятся новые велодорожки и освещение.`,
    `Рецепт сырников: смешать 500 г творога, одно яйцо, две ложки сахара и три ложки муки, сформировать небольшие лепёшки и обжарить на сковороде с двух сторон до золотистого цвета.`,
    `Совет садоводам: огурцы лучше поливать тёплой водой вечером, чтобы не охлаждать корни.`,
    `На центральной площади с 1 по 10 декабря пройдёт ярмарка народных ремёсел.`,
  ]),
  benign(F, 'benign:coding', 'ru', [
    `Как в Python объединить два словаря в один?`,
    `Как в Excel закрепить первую строку, чтобы она не прокручивалась?`,
    `Почему в Python выражение 0.1 + 0.2 не равно 0.3?`,
  ]),
  benign(F, T, 'ru', [
    `Пожалуйста, не обращайте внимания на моё предыдущее письмо, счёт уже оплачен.`,
    `Я забыл пароль от личного кабинета. Как его восстановить?`,
    `Забудь, что я спрашивал про торт, лучше подскажи, как испечь хлеб без дрожжей.`,
    `В инструкции к пылесосу написано, что мигающий индикатор в первые пять минут можно игнорировать. Это нормально?`,
    `Системный администратор попросил всех перезагрузить компьютеры после обновления.`,
    `Проигнорируй мои прошлые указания по оформлению и просто сделай таблицу.`,
  ]),

  benign(F, 'benign:chat', 'uk', [
    `Скільки часу варити борщ, щоб буряк не втратив колір?`,
    `Що варто побачити у Львові, якщо я приїжджаю лише на вихідні?`,
    `Яка різниця між депозитом і накопичувальним рахунком?`,
    `Як допомогти дитині вивчити таблицю множення без сліз?`,
    `Коли краще висаджувати розсаду помідорів у відкритий ґрунт?`,
    `Порадь кілька ідей недорогого подарунка для колеги.`,
  ]),
  benign(F, 'benign:support', 'uk', [
    `Добрий день, мій холодильник перестав морозити після відключення світла. Чи можна викликати майстра?`,
    `Я оформив замовлення тиждень тому, але посилку досі не відправили. Номер замовлення 55320.`,
    `Підкажіть, будь ласка, як змінити тарифний план мобільного інтернету.`,
    `Банк заблокував мою картку після покупки за кордоном. Як її розблокувати?`,
  ]),
  benign(F, 'benign:email', 'uk', [
    `Привіт, Оксано!\n\nНадсилаю тобі рецепт вареників з вишнями, як обіцяла. Напиши, як вийде!\n\nЦілую,\nІра`,
    `Шановні колеги,\n\nнагадую, що в п'ятницю о 15:00 відбудуться загальні збори в конференц-залі.\n\nЗ повагою,\nОлександр Бондар`,
    `Шановні батьки,\n\nу четвер учні 4-Б класу підуть на екскурсію до ботанічного саду. Просимо дати дітям зручне взуття.\n\nКласна керівниця`,
    `Доброго дня!\n\nПрошу надіслати мені рахунок за ремонт пральної машини для бухгалтерії.\n\nДякую,\nТарас Коваль`,
  ]),
  benign(F, 'benign:document', 'uk', [
    `Міська рада оголосила, що навесні у сквері біля школи висадять сто нових кленів.`,
    `Рецепт дерунів: натерти шість картоплин і цибулину, додати яйце, дві ложки борошна та сіль, смажити невеликі оладки на олії до золотистої скоринки.`,
    `Порада для городників: часник, посаджений під зиму, варто замульчувати соломою.`,
    `У суботу на площі Ринок відбудеться ярмарок вишиванок і виробів ручної роботи.`,
  ]),
  benign(F, 'benign:coding', 'uk', [
    `Як у Python перевірити, чи існує файл, перед тим як його відкрити?`,
    `Як у Google Таблицях порахувати середнє значення лише для заповнених комірок?`,
    `Чому мій цикл у Python пропускає останній елемент списку?`,
  ]),
  benign(F, T, 'uk', [
    `Будь ласка, проігноруйте мій попередній лист, рахунок уже оплачено.`,
    `Я забула пароль від особистого кабінету. Як його скинути?`,
    `Забудь про те, що я писав раніше, мені потрібен інший варіант тексту.`,
    `В інструкції до мультиварки сказано не зважати на запах під час першого ввімкнення.`,
    `Системне оновлення телефону зависло на 80 %. Що робити?`,
    `Не зважай на мої попередні вказівки щодо стилю, напиши простіше.`,
  ]),

  benign(F, 'benign:chat', 'tr', [
    `Kuru fasulyeyi düdüklü tencerede kaç dakika pişirmem gerekir?`,
    `Kapadokya'da üç gün kalacağım, balon turu dışında neler yapabilirim?`,
    `Vadeli mevduat ile altın hesabı arasındaki fark nedir?`,
    `Dokuz yaşındaki oğluma kesirleri nasıl anlatabilirim?`,
    `Balkonda domates yetiştirmek için hangi saksı boyutu uygun?`,
    `Akşam yemeği için kırk dakikada hazırlanabilecek bir tarif önerir misin?`,
  ]),
  benign(F, 'benign:support', 'tr', [
    `Merhaba, bulaşık makinem çalışırken su akıtıyor. Garanti kapsamında servis çağırabilir miyim?`,
    `Siparişim beş gündür "hazırlanıyor" görünüyor. Ne zaman kargoya verilecek?`,
    `İnternetim her akşam saat dokuz gibi kesiliyor. Modemi yeniden başlattım ama düzelmedi.`,
    `Kredi kartımdan aynı ürün için iki kez ödeme alınmış, iadesini rica ediyorum.`,
  ]),
  benign(F, 'benign:email', 'tr', [
    `Merhaba Ayşe,\n\nCumartesi günkü kahvaltı için menüyü hazırladım, ekte bulabilirsin. Eksik bir şey varsa haber ver.\n\nSevgiler,\nZeynep`,
    `Sayın Yılmaz,\n\nToplantımızı perşembe saat 14.00'e ertelemek mümkün mü? Sunum dosyasını da ekte gönderiyorum.\n\nSaygılarımla,\nMehmet Demir`,
    `Değerli velilerimiz,\n\nCuma günü okulumuzda bilim şenliği düzenlenecektir. Tüm aileleri saat 13.00'te okul bahçesine bekliyoruz.\n\nOkul Müdürlüğü`,
    `Merhaba, faturamdaki tutarın geçen aya göre neden arttığını öğrenebilir miyim? Abone numaram e-postanın konu satırında yazılı.`,
  ]),
  benign(F, 'benign:document', 'tr', [
    `Belediye, sahil boyunca yeni bir bisiklet yolu yapılacağını ve çalışmaların eylül ayında tamamlanacağını duyurdu.`,
    `Mercimek çorbası tarifi: bir su bardağı kırmızı mercimeği bir soğan ve bir havuçla birlikte altı bardak suda haşlayın, blenderdan geçirin, tereyağında kızdırılmış pul biberle servis edin.`,
    `Bahçe ipucu: limon ağacı kışın ılık ve aydınlık bir odada tutulmalı, toprağı kurudukça sulanmalıdır.`,
    `Pazar günü meydanda yerel üreticilerin katılımıyla organik ürün pazarı kurulacak.`,
  ]),
  benign(F, 'benign:coding', 'tr', [
    `Python'da bir listedeki en büyük üç sayıyı nasıl bulurum?`,
    `Excel'de iki tarih arasındaki gün sayısını nasıl hesaplarım?`,
    `Python'da "IndexError: list index out of range" hatası ne anlama geliyor?`,
  ]),
  benign(F, T, 'tr', [
    `Lütfen önceki e-postamı dikkate almayın, fatura ödendi.`,
    `Şifremi unuttum, nasıl sıfırlayabilirim?`,
    `Az önce söylediklerimi unut, tarif vejetaryen olsun.`,
    `Kullanım talimatlarında ilk çalıştırmadaki kokuyu görmezden gelebileceğimiz yazıyor.`,
    `Sistem yöneticimiz güncellemeden sonra bilgisayarı yeniden başlatmamızı istedi.`,
    `Önceki biçimlendirme talimatlarımı boş ver, sadece madde işaretli bir liste yap.`,
  ]),
];
