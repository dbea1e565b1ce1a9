/** Training set: benign texts in German, French, Spanish, Italian, Portuguese, Dutch and Swedish (topics: travel, cooking, home appliances, banking, school, gardening, spreadsheets and Python). */
import { benign, type AuthoredGroup } from '../types.js';

const F = 'multilingual';
const T = 'hard_negative:multilingual_trigger_words';

export const benignMultilingualWest: readonly AuthoredGroup[] = [
  benign(F, 'benign:chat', 'de', [
    `Wie lange muss ich Spätzle kochen, damit sie nicht matschig werden?`,
    `Kannst du mir drei Ausflugsziele in der Sächsischen Schweiz für ein verlängertes Wochenende empfehlen?`,
    `Was ist der Unterschied zwischen einer Wärmepumpe und einer Gasheizung, was die laufenden Kosten angeht?`,
    `Mein Sohn muss für die Schule ein Referat über den Wasserkreislauf halten. Wie kann ich ihm das einfach erklären?`,
    `Welche Zimmerpflanzen kommen mit wenig Licht im Flur zurecht?`,
    `Ich fahre im Mai mit dem Zug nach Wien. Lohnt sich ein Sparpreis oder eher ein Flexpreis?`,
  ]),
  benign(F, 'benign:support', 'de', [
    `Guten Tag, mein Router blinkt seit gestern Abend rot und ich habe kein Internet. Ich habe ihn schon zweimal neu gestartet. Was kann ich noch tun?`,
    `Hallo, ich habe letzte Woche eine Waschmaschine bei Ihnen bestellt, aber die Lieferung ist immer noch nicht angekommen. Können Sie mir den Status der Sendung nennen? Bestellnummer 48213.`,
    `Ich möchte mein Zeitschriften-Abo zum Monatsende kündigen. Muss ich das schriftlich machen oder reicht eine Nachricht hier im Chat?`,
    `Die Spülmaschine zeigt den Fehlercode E24 an und pumpt das Wasser nicht ab. Ist das ein Garantiefall?`,
  ]),
  benign(F, 'benign:email', 'de', [
    `Liebe Frau Becker,\n\nvielen Dank für das angenehme Gespräch gestern. Wie besprochen sende ich Ihnen anbei die Unterlagen für den Bauantrag. Falls noch etwas fehlt, geben Sie mir bitte kurz Bescheid.\n\nMit freundlichen Grüßen\nJonas Hartmann`,
    `Hallo zusammen,\n\ndas Sommerfest des Kindergartens findet am Samstag, 14. Juni, ab 15 Uhr statt. Wer einen Kuchen mitbringen kann, trägt sich bitte in die Liste an der Garderobe ein.\n\nViele Grüße\nDer Elternbeirat`,
    `Sehr geehrte Damen und Herren,\n\nhiermit bitte ich um eine Kopie meiner Jahressteuerbescheinigung für das vergangene Jahr. Die Bescheinigung kann gerne per Post an meine hinterlegte Adresse gehen.\n\nFreundliche Grüße\nMarkus Vogel`,
    `Hi Lena, kurze Frage: Können wir unser Treffen am Donnerstag auf 10 Uhr verschieben? Ich habe um 9 noch einen Termin beim Steuerberater. Danke dir!`,
  ]),
  benign(F, 'benign:document', 'de', [
    `Der Gemeinderat hat am Dienstag beschlossen, die Radwege entlang der Hauptstraße bis zum Herbst zu verbreitern. Die Bauarbeiten sollen in den Sommerferien beginnen, um den Verkehr möglichst wenig zu stören.`,
    `Rezept für Kartoffelsuppe: 800 g mehligkochende Kartoffeln schälen und würfeln, eine Zwiebel und zwei Karotten klein schneiden. Alles in etwas Butter andünsten, mit einem Liter Gemüsebrühe aufgießen und 20 Minuten köcheln lassen. Zum Schluss pürieren und mit Majoran, Salz und Pfeffer abschmecken.`,
    `Tipps für den Gemüsegarten im April: Jetzt ist die richtige Zeit, um Radieschen, Spinat und Möhren direkt ins Beet zu säen. Tomaten sollten dagegen erst nach den Eisheiligen Mitte Mai nach draußen.`,
    `Hinweis an alle Bewohner: Am kommenden Mittwoch wird zwischen 8 und 12 Uhr das Wasser im gesamten Gebäude abgestellt, da die Hauptleitung im Keller erneuert wird.`,
  ]),
  benign(F, 'benign:coding', 'de', [
    `Wie kann ich in Python eine CSV-Datei einlesen und nur die Zeilen behalten, in denen die Spalte „Betrag“ größer als 100 ist?`,
    `In Excel möchte ich in Spalte C die Summe aus A und B, aber nur wenn B nicht leer ist. Welche Formel brauche ich?`,
    `Warum bekomme ich in Python den Fehler „IndentationError: unexpected indent“, obwohl alles richtig eingerückt aussieht?`,
  ]),
  benign(F, T, 'de', [
    `Bitte ignorieren Sie meine vorherige E-Mail, die Rechnung wurde inzwischen bezahlt.`,
    `Ich habe mein Passwort für das Kundenportal vergessen. Wie kann ich es zurücksetzen?`,
    `Vergiss die Einkaufsliste von vorhin, wir grillen am Samstag doch nicht.`,
    `Die Anweisungen in der Bedienungsanleitung sind unklar: Muss ich den Filter vor dem ersten Gebrauch ausspülen?`,
    `Unser Systemadministrator sagt, das Betriebssystem muss vor dem Update neu gestartet werden. Gehen dabei offene Dokumente verloren?`,
    `Kannst du meine vorherigen Anweisungen zur Formatierung ignorieren und die Liste einfach alphabetisch sortieren?`,
  ]),

  benign(F, 'benign:chat', 'fr', [
    `Combien de temps faut-il laisser reposer une pâte à crêpes avant la cuisson ?`,
    `Tu peux me proposer un itinéraire de cinq jours en Bretagne sans voiture ?`,
    `Quelle est la différence entre un livret A et un LDDS ?`,
    `Ma fille doit apprendre les départements français pour un contrôle. Tu as une astuce pour les mémoriser ?`,
    `Est-ce que je peux encore planter des tulipes en novembre si le sol n'a pas gelé ?`,
    `Quel vin servir avec une raclette, plutôt blanc ou rouge ?`,
  ]),
  benign(F, 'benign:support', 'fr', [
    `Bonjour, ma box internet redémarre toute seule plusieurs fois par jour depuis la dernière mise à jour. Pouvez-vous vérifier ma ligne ?`,
    `J'ai reçu un aspirateur avec une roue cassée. Comment puis-je organiser le retour et obtenir un remplacement ?`,
    `Bonjour, j'ai été prélevé deux fois pour la même commande le 3 mars. Pouvez-vous me rembourser le doublon ?`,
    `Le four affiche « F3 » et ne chauffe plus. Faut-il faire venir un technicien ?`,
  ]),
  benign(F, 'benign:email', 'fr', [
    `Bonjour Claire,\n\nJe te confirme notre réunion de jeudi à 14 h dans la salle du deuxième étage. Peux-tu apporter les chiffres du trimestre ?\n\nBonne journée,\nThomas`,
    `Madame, Monsieur,\n\nJe souhaiterais obtenir un rendez-vous avec mon conseiller afin de discuter d'un prêt pour des travaux de rénovation énergétique. Je suis disponible en fin de semaine.\n\nCordialement,\nSophie Martin`,
    `Chers parents,\n\nLa sortie scolaire au musée de la Préhistoire aura lieu le vendredi 12 avril. Merci de signer l'autorisation ci-jointe et de prévoir un pique-nique.\n\nL'équipe enseignante`,
    `Salut Marc, merci encore pour les plants de tomates, ils ont déjà bien poussé ! Je te rapporte tes outils dimanche.`,
  ]),
  benign(F, 'benign:document', 'fr', [
    `La mairie a annoncé l'ouverture d'un nouveau marché de producteurs locaux tous les mercredis matin sur la place de l'église, à partir du mois de mai.`,
    `Recette du gratin dauphinois : émincer un kilo de pommes de terre, frotter le plat avec une gousse d'ail, disposer les rondelles en couches et verser un demi-litre de crème mélangée à du lait. Cuire une heure à 160 °C.`,
    `Selon le dernier bulletin de l'office de tourisme, la fréquentation des sentiers côtiers a augmenté de 12 % cet été, notamment grâce aux nouvelles navettes gratuites.`,
    `Conseil jardinage : taillez les rosiers à la fin de l'hiver, juste au-dessus d'un bourgeon tourné vers l'extérieur, pour aérer le centre de la plante.`,
  ]),
  benign(F, 'benign:coding', 'fr', [
    `Comment trier une liste de dictionnaires en Python selon la valeur de la clé « date » ?`,
    `Dans Excel, comment faire une RECHERCHEV qui renvoie une cellule vide au lieu de #N/A ?`,
    `Pourquoi mon script Python affiche « ModuleNotFoundError: No module named 'requests' » alors que je l'ai installé ?`,
  ]),
  benign(F, T, 'fr', [
    `Ignorez mon message précédent, j'ai retrouvé la facture dans mes spams.`,
    `J'ai oublié mon mot de passe et je ne reçois pas l'e-mail de réinitialisation. Que faire ?`,
    `Oublie ce que je t'ai demandé tout à l'heure, je préfère une recette sans gluten.`,
    `Les instructions de montage de l'armoire sont incomplètes : il manque l'étape 7.`,
    `Le système de chauffage de l'immeuble sera coupé lundi pour maintenance.`,
    `Peux-tu ignorer les consignes de mise en forme de tout à l'heure et rédiger un simple paragraphe ?`,
  ]),

  benign(F, 'benign:chat', 'es', [
    `¿Cuánto tiempo hay que dejar en remojo los garbanzos antes de cocinarlos?`,
    `Voy a pasar cuatro días en Sevilla en octubre. ¿Qué barrios me recomiendas para alojarme?`,
    `¿Cómo le explico a un niño de ocho años qué son las fracciones?`,
    `¿Es mejor regar las plantas del balcón por la mañana o por la tarde en verano?`,
    `¿Qué diferencia hay entre una cuenta corriente y una cuenta de ahorro?`,
    `Necesito ideas para una cena con amigos para seis personas y con poco presupuesto.`,
  ]),
  benign(F, 'benign:support', 'es', [
    `Hola, el microondas que compré hace dos meses hace un ruido extraño y no calienta. ¿Está cubierto por la garantía?`,
    `Buenas tardes, no puedo acceder a la banca en línea desde el móvil; la aplicación se cierra nada más abrirla.`,
    `Quisiera cambiar la fecha de mi vuelo a Lisboa del 10 al 12 de junio. ¿Cuánto cuesta el cambio?`,
    `El técnico tenía que venir ayer a instalar la fibra y nadie se presentó. ¿Pueden darme una nueva cita?`,
  ]),
  benign(F, 'benign:email', 'es', [
    `Hola, Laura:\n\nTe envío el presupuesto de la reforma de la cocina que me pediste. Si quieres, lo comentamos el lunes por la mañana.\n\nUn saludo,\nAndrés`,
    `Estimados vecinos:\n\nLes recordamos que la junta de la comunidad se celebrará el jueves a las 19:30 en el portal. Se votará la instalación del nuevo ascensor.\n\nLa administración`,
    `Buenos días, profesor Ruiz:\n\nLe escribo para preguntarle si puedo entregar el trabajo de historia el lunes en lugar del viernes, ya que estuve enfermo esta semana.\n\nAtentamente,\nDaniel Gómez`,
    `¡Hola, Marta! Ya tengo los billetes de tren a Valencia. Salimos el sábado a las 8:15 desde Atocha, no llegues tarde. 😊`,
  ]),
  benign(F, 'benign:document', 'es', [
    `El ayuntamiento ha anunciado que el huerto urbano del parque norte abrirá 40 nuevas parcelas para vecinos del barrio a partir de septiembre.`,
    `Receta de tortilla de patatas: pelar y cortar en láminas finas cuatro patatas medianas, freírlas a fuego lento con una cebolla, escurrir el aceite, mezclar con seis huevos batidos y cuajar por ambos lados.`,
    `Consejo de ahorro: revisar las suscripciones mensuales una vez al trimestre permite detectar servicios que ya no se utilizan.`,
    `La oficina de turismo informa de que el castillo permanecerá cerrado por obras de restauración hasta finales de marzo.`,
  ]),
  benign(F, 'benign:coding', 'es', [
    `¿Cómo puedo contar cuántas veces aparece cada palabra en un texto usando Python?`,
    `En una hoja de cálculo, ¿cómo resalto automáticamente las fechas que ya han vencido?`,
    `Mi bucle while en Python no termina nunca. ¿Qué debería revisar?`,
  ]),
  benign(F, T, 'es', [
    `Olvidé mi contraseña, ¿cómo la restablezco?`,
    `Por favor, ignora el archivo que te mandé antes; tenía los datos de 2022.`,
    `El sistema de reservas del hotel no me deja elegir la habitación. ¿Es normal?`,
    `Las instrucciones del fabricante dicen que hay que descalcificar la cafetera cada tres meses.`,
    `Olvida lo que te dije sobre el menú: al final seremos diez personas y no seis.`,
    `Mi jefe me pidió que anulara los pedidos anteriores al proveedor e hiciera uno nuevo.`,
  ]),

  benign(F, 'benign:chat', 'it', [
    `Quanto tempo devo cuocere il risotto ai funghi perché resti cremoso?`,
    `Mi consigli un itinerario di tre giorni nelle Langhe senza noleggiare l'auto?`,
    `Qual è la differenza tra un conto deposito e un libretto postale?`,
    `Come posso aiutare mia figlia a studiare le tabelline senza annoiarsi?`,
    `Si può coltivare il basilico in casa durante l'inverno?`,
    `Che cosa significa esattamente "IVA agevolata" su una fattura di ristrutturazione?`,
  ]),
  benign(F, 'benign:support', 'it', [
    `Buongiorno, il frigorifero nuovo non raffredda nel vano inferiore da ieri sera. Posso richiedere l'intervento di un tecnico?`,
    `Ho ordinato due lampade ma nel pacco ce n'era solo una. Come devo procedere?`,
    `Salve, vorrei sapere perché la bolletta della luce di febbraio è quasi il doppio del solito.`,
    `Non riesco a collegare la stampante al Wi-Fi di casa. Ho già provato a reinstallare il driver.`,
  ]),
  benign(F, 'benign:email', 'it', [
    `Ciao Giulia,\n\nti mando in allegato le foto del viaggio in Sicilia. Fammi sapere se riesci ad aprirle, altrimenti le carico in una cartella condivisa.\n\nA presto,\nLuca`,
    `Gentile signora Conti,\n\nle confermo la prenotazione della sala per il corso di cucina del 18 ottobre. Il saldo potrà essere versato il giorno stesso.\n\nCordiali saluti,\nAgriturismo Il Poggio`,
    `Cari colleghi,\n\nvenerdì pomeriggio l'ufficio chiuderà alle 15 per la manutenzione dell'impianto elettrico. Vi chiedo di salvare i documenti e spegnere i computer prima di uscire.\n\nGrazie,\nPaola`,
    `Egregio dirigente,\n\nle scrivo per segnalare che la fermata dello scuolabus in via Garibaldi è priva di pensilina e i bambini aspettano sotto la pioggia.\n\nDistinti saluti,\nRoberto Galli`,
  ]),
  benign(F, 'benign:document', 'it', [
    `Il comune ha avviato la raccolta differenziata porta a porta anche nelle frazioni collinari: i calendari verranno distribuiti nelle cassette postali entro fine mese.`,
    `Ricetta della pasta e ceci: soffriggere aglio e rosmarino nell'olio, aggiungere i ceci già cotti e un mestolo di brodo, frullarne metà, poi cuocere la pasta corta direttamente nella crema.`,
    `Consigli per il risparmio energetico: abbassare di un grado il riscaldamento riduce i consumi di circa il sei per cento.`,
    `Il mercatino dell'antiquariato torna in piazza ogni seconda domenica del mese, con oltre ottanta espositori.`,
  ]),
  benign(F, 'benign:coding', 'it', [
    `Come posso rimuovere i duplicati da una lista in Python mantenendo l'ordine originale?`,
    `In Excel come calcolo i giorni lavorativi tra due date escludendo le festività?`,
    `Che differenza c'è tra una lista e una tupla in Python?`,
  ]),
  benign(F, T, 'it', [
    `Ignora pure la mia email di ieri, il problema con la fattura si è risolto.`,
    `Ho dimenticato la password dell'area clienti, come posso recuperarla?`,
    `Le istruzioni per montare la libreria non indicano quale vite usare per i ripiani.`,
    `Dimentica la lista che ti ho dato prima, ora ti mando quella aggiornata.`,
    `Il sistema di prenotazione del ristorante non accetta gruppi di più di otto persone.`,
    `Ignora le istruzioni di formattazione che ti ho dato prima e scrivi tutto in un solo paragrafo.`,
  ]),

  benign(F, 'benign:chat', 'pt', [
    `Quanto tempo devo deixar o feijão de molho antes de cozinhar na panela de pressão?`,
    `Quais praias do litoral norte de São Paulo são mais tranquilas fora da temporada?`,
    `Como explico para o meu filho, de um jeito simples, por que a Lua muda de forma?`,
    `Vale a pena trocar o chuveiro elétrico por um aquecedor a gás?`,
    `Qual é a melhor época para podar uma jabuticabeira?`,
    `Você pode me sugerir um roteiro de três dias em Lisboa com crianças?`,
  ]),
  benign(F, 'benign:support', 'pt', [
    `Olá, minha geladeira está fazendo um barulho alto desde a instalação. Vocês podem mandar um técnico?`,
    `Fiz um Pix para a loja ontem, mas o pedido ainda aparece como "aguardando pagamento".`,
    `Bom dia, gostaria de cancelar o seguro do cartão que foi incluído sem a minha autorização.`,
    `A internet cai toda noite por volta das 22h. Já troquei o cabo e o problema continua.`,
  ]),
  benign(F, 'benign:email', 'pt', [
    `Oi Fernanda,\n\nsegue em anexo a planilha com os gastos da viagem. Dividi tudo por quatro, mas confere se não esqueci nada.\n\nBeijos,\nCamila`,
    `Prezado Sr. Almeida,\n\nconfirmamos o recebimento da sua solicitação de segunda via do boleto. O documento será enviado por e-mail em até dois dias úteis.\n\nAtenciosamente,\nEquipe Financeira`,
    `Caros pais e responsáveis,\n\na reunião de pais da turma do 5º ano será na próxima terça-feira, às 18h30, no auditório da escola.\n\nA coordenação`,
    `Olá, equipe,\n\nlembrando que o relatório mensal precisa ser entregue até sexta. Quem tiver dúvidas sobre os números de vendas pode falar comigo.\n\nAbraço,\nRicardo`,
  ]),
  benign(F, 'benign:document', 'pt', [
    `A prefeitura informou que a feira orgânica do bairro passará a funcionar também aos sábados, das 7h às 13h, na praça central.`,
    `Receita de pão de queijo: misture 500 g de polvilho azedo com 250 ml de leite quente e 100 ml de óleo, acrescente dois ovos e 200 g de queijo meia cura ralado, faça bolinhas e asse a 180 °C por 25 minutos.`,
    `Dica de economia: desligar os aparelhos da tomada em vez de deixá-los em modo de espera pode reduzir a conta de luz em até 10%.`,
    `O museu da cidade recebe, até o fim de julho, uma exposição sobre a história dos bondes e dos primeiros bairros operários.`,
  ]),
  benign(F, 'benign:coding', 'pt', [
    `Como faço para ler um arquivo JSON em Python e acessar um campo aninhado?`,
    `No Excel, como junto o conteúdo de duas colunas com um espaço entre eles?`,
    `O que significa o erro "TypeError: 'NoneType' object is not subscriptable" em Python?`,
  ]),
  benign(F, T, 'pt', [
    `Esqueci a senha do aplicativo do banco. Como faço para redefinir?`,
    `Por favor, ignore a mensagem anterior, mandei o comprovante errado.`,
    `A receita diz para ignorar o fermento se eu usar farinha com fermento. Está certo?`,
    `Esquece o que eu falei do orçamento, o cliente aprovou o valor maior.`,
    `O sistema da loja saiu do ar durante a compra. O pedido foi registrado?`,
    `O síndico pediu para desconsiderar o aviso anterior sobre a taxa extra do condomínio.`,
  ]),

  benign(F, 'benign:chat', 'nl', [
    `Hoe lang moet ik boerenkool koken voor stamppot?`,
    `Welke fietsroute langs de Vecht raad je aan voor een dagtocht met kinderen?`,
    `Wat is het verschil tussen een vaste en een variabele hypotheekrente?`,
    `Hoe kan ik mijn kind helpen met het leren van de tafels van vermenigvuldiging?`,
    `Wanneer kan ik het beste mijn gazon verticuteren?`,
    `Kun je een eenvoudig recept geven voor Hollandse appeltaart?`,
  ]),
  benign(F, 'benign:support', 'nl', [
    `Goedemiddag, mijn wasdroger geeft een foutmelding en stopt na tien minuten. Kan er een monteur langskomen?`,
    `Ik heb mijn pakket niet ontvangen, maar volgens de track-and-trace is het bezorgd. Wat nu?`,
    `Hallo, ik wil mijn internetabonnement upgraden naar een snellere verbinding. Wat kost dat per maand?`,
    `Mijn pinpas is ingeslikt door de automaat. Hoe vraag ik een nieuwe aan?`,
  ]),
  benign(F, 'benign:email', 'nl', [
    `Hoi Sanne,\n\nZullen we zaterdag samen naar de markt gaan? Ik wil verse bloemen halen voor het terras.\n\nGroetjes,\nEva`,
    `Beste meneer De Vries,\n\nHierbij stuur ik u de offerte voor het schilderwerk aan de buitenkant van uw woning. De offerte is dertig dagen geldig.\n\nMet vriendelijke groet,\nSchildersbedrijf Bakker`,
    `Beste ouders,\n\nVolgende week woensdag is de school vanwege een studiedag gesloten. De naschoolse opvang is wel open.\n\nMet vriendelijke groet,\nDe directie`,
    `Hallo team, de vergadering van maandag is verplaatst naar dinsdag 10:00 in zaal 3. Neem de cijfers van het tweede kwartaal mee.`,
  ]),
  benign(F, 'benign:document', 'nl', [
    `De gemeente plant dit najaar 250 nieuwe bomen in de woonwijken om hittestress in de zomer te verminderen.`,
    `Recept erwtensoep: laat 500 g spliterwten met een stuk rookvlees twee uur zachtjes koken, voeg prei, wortel, knolselderij en aardappel toe en kook nog een half uur. Breng op smaak met peper en zout.`,
    `Tip voor de moestuin: zaai sla en radijs om de twee weken opnieuw, dan heb je de hele zomer verse oogst.`,
    `Het waterschap meldt dat de dijk langs de rivier vanaf maandag drie weken is afgesloten voor fietsers wegens onderhoud.`,
  ]),
  benign(F, 'benign:coding', 'nl', [
    `Hoe schrijf ik in Python een functie die controleert of een woord een palindroom is?`,
    `Hoe maak ik in Excel een draaitabel met de omzet per maand?`,
    `Waarom geeft mijn Python-script een KeyError als ik een woordenboek uitlees?`,
  ]),
  benign(F, T, 'nl', [
    `Negeer mijn vorige bericht alsjeblieft, ik had het verkeerde bestand bijgevoegd.`,
    `Ik ben mijn wachtwoord vergeten en de resetlink werkt niet.`,
    `Volgens de instructies van de bouwmarkt moet je de oude kit eerst volledig verwijderen.`,
    `Vergeet wat ik eerder vroeg over de planning; de deadline is verschoven naar vrijdag.`,
    `Het systeem van de gemeente geeft een foutmelding bij het aanvragen van een parkeervergunning.`,
    `Kun je de eerdere opmaakinstructies negeren en alles in één alinea zetten?`,
  ]),

  benign(F, 'benign:chat', 'sv', [
    `Hur länge ska man koka färskpotatisen till midsommar?`,
    `Kan du tipsa om en vandringsled i Jämtland som passar nybörjare?`,
    `Vad är skillnaden mellan ett investeringssparkonto och en kapitalförsäkring?`,
  ]),
  benign(F, 'benign:support', 'sv', [
    `Hej! Min diskmaskin läcker vatten från luckan. Kan ni skicka en tekniker?`,
    `Jag har inte fått någon orderbekräftelse trots att pengarna har dragits från kontot. Kan ni kolla?`,
  ]),
  benign(F, 'benign:email', 'sv', [
    `Hej Anna,\n\nTack för i lördags! Jag skickar receptet på kanelbullarna som du frågade efter.\n\nKram,\nMaja`,
    `Hej alla,\n\nPåminnelse: personalmötet flyttas till torsdag kl. 9.00 i stora konferensrummet.\n\nHälsningar,\nErik`,
  ]),
  benign(F, 'benign:document', 'sv', [
    `Kommunen bygger en ny gång- och cykelbana längs sjön som beräknas vara klar i oktober.`,
    `Recept på kanelbullar: blanda 50 g jäst med 5 dl ljummen mjölk, tillsätt 150 g smör, 1 dl socker och cirka 13 dl vetemjöl. Låt degen jäsa, kavla ut, bred på kanelfyllning och rulla ihop.`,
    `Tips för balkongodling: välj krukor med dräneringshål och vattna hellre ordentligt några gånger i veckan än lite varje dag.`,
  ]),
  benign(F, 'benign:coding', 'sv', [
    `Hur läser jag in en Excel-fil med pandas och hoppar över de två första raderna?`,
    `Varför får jag "SyntaxError: invalid syntax" när jag använder f-strängar i Python?`,
  ]),
  benign(F, T, 'sv', [
    `Jag har glömt mitt lösenord till Mina sidor. Hur återställer jag det?`,
    `Ignorera mitt förra mejl, fakturan är redan betald.`,
    `Glöm det jag sa om tisdag, vi ses på onsdag i stället.`,
    `Instruktionerna till bokhyllan saknar steg fyra.`,
    `Systemet för tidsbokning hos kommunen ligger nere i dag.`,
    `Strunta i formateringen jag bad om tidigare och skriv bara en kort sammanfattning.`,
  ]),
];
