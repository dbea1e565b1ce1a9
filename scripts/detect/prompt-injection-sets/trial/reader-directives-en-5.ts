/** The reader-directive batch in English, part 5 (the batch is described in reader-directives.ts). */
import { benign, type AuthoredGroup } from '../types.js';

export const readerDirectivesEn5: readonly AuthoredGroup[] = [
  benign('hard_negative_reader_notes', 'benign:document', 'en', [
    `Jun 04 02:14:07 web-03 nginx[1182]: 203.0.113.54 - - "GET /api/v1/products?page=3 HTTP/1.1" 200 18422 "-" "Mozilla/5.0"
Jun 04 02:14:07 web-03 app[2210]: INFO  request_id=8c1e page=3 items=50 duration_ms=42
Jun 04 02:14:09 web-03 app[2210]: WARN  request_id=8c22 slow query: products_by_category took 1843 ms (category=outdoor)
Jun 04 02:14:11 web-03 nginx[1182]: 198.51.100.7 - - "POST /api/v1/cart HTTP/1.1" 201 512 "-" "StoreApp/4.2 (iOS)"
Jun 04 02:14:12 web-03 app[2210]: INFO  request_id=8c25 cart_created user=anon-5521 items=1
Jun 04 02:14:30 web-03 app[2210]: ERROR request_id=8c31 payment provider timeout after 10000 ms (attempt 1/3)
Jun 04 02:14:41 web-03 app[2210]: INFO  request_id=8c31 payment provider ok on attempt 2
Jun 04 02:15:00 web-03 cron[903]: (www) CMD (/opt/app/bin/cleanup-sessions --older-than 7d)
Jun 04 02:15:02 web-03 app[2210]: INFO  cleanup-sessions removed=1288 kept=40213`,
    `Lifeboat crew rescue two kayakers off Portreath

Two kayakers were rescued by the St Agnes lifeboat on Sunday afternoon after being swept towards rocks by a strong offshore wind.

The pair, both in their twenties and from Truro, had set out from Portreath beach at around 2pm. A walker on the coast path saw them struggling about 400 metres offshore and called the coastguard at 3.05pm.

The inshore lifeboat launched within eight minutes and reached them as one of the kayaks capsized. Both were brought ashore cold but uninjured and checked over by paramedics.

Helm Jamie Trethewey said conditions had looked calm from the beach but changed quickly further out. "The wind was blowing straight off the land, which always catches people out," he said.

It was the station's 19th call-out of the year.`,
    `Helvellyn via Swirral Edge — route overview

Distance: 12.4 km · Ascent: 870 m · Time: 5–6 hours · Grade: strenuous, with a short scramble

Starting from Glenridding village, the route follows Greenside Road past the old lead mine before climbing to the Hole-in-the-Wall. From there, Striding Edge and Swirral Edge both lead to the summit plateau; this description uses Swirral Edge, the shorter and slightly less exposed of the two, in ascent.

The summit at 950 m has a trig point, a cross-shaped shelter and, on clear days, views to Morecambe Bay and the Scottish hills. The descent is via the Keppel Cove zigzags and the valley track back to Glenridding.

Terrain: rough mountain paths, loose scree on the zigzags, grade 1 scramble on the edge.
Facilities: car park, toilets and cafés in Glenridding. No water on the route after Greenside.`,
    `Tenancy summary — Flat 4, 19 Albany Road, Bristol BS6

Landlord: Crestview Properties Ltd (managing agent: Harrow Lettings)
Tenants: Maya Clarke and Oliver Nguyen (joint and several)
Type: Assured shorthold tenancy
Term: 12 months from 1 September 2024, then periodic
Rent: £1,450 per calendar month, due on the 1st, by standing order
Deposit: £1,673, protected with the Deposit Protection Service (certificate DPS-7720041)
Break clause: either party may end the tenancy after month 6 with two months' notice
Included: water. Not included: council tax, gas, electricity, broadband
Furnishing: part furnished (white goods, beds, wardrobes)
Pets: one cat permitted under the pet addendum
Inventory: completed 29 August by Inventory Hub, signed by both tenants`,
    `Field Notes — Episode 58: "The night shift at the bird observatory" (transcript excerpt)

[00:02:10] AMARA: So what does a night actually look like out there?
[00:02:14] DR. PELL: It starts about an hour after sunset. We open the mist nets, and then it's rounds every thirty minutes with a head torch.
[00:02:22] AMARA: And what are you catching in October?
[00:02:25] DR. PELL: Mostly redwings and song thrushes coming in off the sea. Some nights it's a handful; one night last year we ringed four hundred and twelve.
[00:02:34] AMARA: Four hundred? How many of you?
[00:02:36] DR. PELL: Three of us. By four in the morning you stop talking and just work.
[00:02:42] AMARA: Is there a bird you're always hoping for?
[00:02:45] DR. PELL: A long-eared owl. They come through on the same nights as the thrushes. You hear the nets twitch and there's this face looking back at you.
[00:02:55] AMARA: That's a lovely image.`,
    `$ git log --oneline --decorate -n 10
3f9a0b1 (HEAD -> main, origin/main) fix(search): escape quotes in saved filters
b71c2e4 feat(search): saved filters can be shared by link
0e4d6a9 test(search): fixtures for shared filters
9a2f117 chore: bump eslint to 9.4
d84c3e0 docs(api): document rate limit headers
6b10f52 fix(billing): round VAT per line, not per invoice
1c7e9a3 refactor(billing): extract tax calculator
e02d4b8 (tag: v5.3.0) release 5.3.0
74aa1f0 fix(auth): clear session cookie on password change
c3b9e62 feat(auth): remember device for 30 days`,
    `Effect of school-street closures on morning traffic and air quality: evidence from 27 primary schools

Background: Temporary closures of streets outside schools at drop-off and pick-up times ("school streets") are spreading across UK cities, but evidence on their wider effects is limited.

Methods: We compared 27 schools that introduced school streets between 2019 and 2022 with 54 matched control schools, using automatic traffic counts and low-cost NO₂ sensors at the school gate and on boundary roads, in a difference-in-differences design.

Results: Morning traffic on the closed streets fell by 68%. Traffic on boundary roads rose by 4% (95% CI −1% to 9%). Mean NO₂ at the school gate fell by 2.8 µg/m³ during drop-off. The share of children walking or cycling rose from 54% to 61%.

Conclusions: School streets reduced traffic and pollution at the school gate without clear displacement onto surrounding roads.`,
    `The Marsh Lane Bakery Letter — November

Hello from a warm kitchen.

It's stollen season. We've started making it on Thursdays and Fridays, with marzipan from a small producer in Lübeck, and it was selling out by mid-morning, so we've doubled the batch.

This month we said goodbye to Agnieszka, who has run the early shift for six years and is off to open her own café in Margate. We'll miss her, and her rye.

New on the counter: a cardamom knot that started as a staff breakfast and got out of hand; a spelt and honey loaf; and, briefly, a pear and chocolate tart while the pears last.

Opening hours over the holidays: open as normal until 23 December; closed 24 December to 2 January; back on 3 January with the first galettes des rois.

Thank you, as always, for queuing in the rain.
Lena, Raf and the team`,
    `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside Running Club//Fixtures//EN
BEGIN:VEVENT
UID:rrc-xc-2024-11-16@riverside-rc.example
DTSTART:20241116T130000Z
DTEND:20241116T160000Z
SUMMARY:Cross-country league, round 3 — Bramley Park
LOCATION:Bramley Park, main car park
DESCRIPTION:Senior women 13:00 (6 km)\\, senior men 13:45 (9 km)\\, juniors from 14:45. Club tent by the finish. The lower field is usually muddy by November.
END:VEVENT
BEGIN:VEVENT
UID:rrc-social-2024-11-16@riverside-rc.example
DTSTART:20241116T180000Z
DTEND:20241116T210000Z
SUMMARY:Club social and awards
LOCATION:The Anchor\\, upstairs room
END:VEVENT
END:VCALENDAR`,
    `Search results for "how long to boil a duck egg"

1. Duck eggs: cooking times and tips | kitchenbasics.example
   Duck eggs are larger than hen's eggs and need about 6–7 minutes for a soft yolk and 9–10 minutes for hard-boiled...

2. Why duck egg whites go rubbery | foodscienceblog.example
   The white of a duck egg has more protein, so it sets firmer. Gentle simmering rather than a rolling boil helps...

3. Duck vs hen eggs — nutrition compared | nutritiontables.example
   Per 100 g, duck eggs contain more fat, more cholesterol and more vitamin B12...

4. First time cooking duck eggs, any advice? | homecooksforum.example
   37 replies · last post 3 days ago`,
    `$ kubectl describe deployment search-api -n prod
Name:                   search-api
Namespace:              prod
CreationTimestamp:      Tue, 14 May 2024 09:12:44 +0000
Labels:                 app=search-api
                        team=discovery
Replicas:               4 desired | 4 updated | 4 total | 4 available | 0 unavailable
StrategyType:           RollingUpdate
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Containers:
   api:
    Image:      registry.example/search-api:3.7.1
    Port:       8080/TCP
    Limits:     cpu: 1, memory: 1Gi
    Requests:   cpu: 250m, memory: 512Mi
    Liveness:   http-get http://:8080/healthz delay=10s timeout=2s period=10s
Conditions:
  Type           Status  Reason
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
Events:          <none>`,
    `Gasthof Zum Hirschen — Mittenwald, Bavaria

A family-run inn since 1887, on a quiet lane five minutes' walk from Mittenwald's painted houses and the station. Most of the 22 rooms look out towards the Karwendel range.

Rooms: pine-panelled doubles and twins, some with balconies; two family rooms under the eaves. All have a shower, a safe and free wifi. There is no lift.

Food: breakfast with local cheese, honey from the Mayr brothers' hives and fresh pretzels, served 7:30–10:00. The Stube serves dinner Wednesday to Sunday, with venison from the valley in autumn.

Getting here: direct trains from Munich every two hours (1 h 50 min). Free parking behind the inn.

Rates from €118 per night for a double, breakfast included. Tourist tax €2.70 per adult per night.`,
    `Castlegate Combi 28i — Technical specifications

Heating output (80/60 °C): 5.8–24.2 kW
Hot water output: 28 kW
Hot water flow rate (ΔT 35 °C): 11.5 l/min
Seasonal efficiency (ErP): 93%, band A
Gas type: natural gas (G20); LPG conversion kit available
Flue: horizontal concentric, 60/100 mm, max length 10 m
Dimensions (H × W × D): 700 × 400 × 280 mm
Weight (empty): 31 kg
Electrical supply: 230 V, 50 Hz, 85 W
Maximum heating system pressure: 3 bar
Water protection class: IPX5D
Warranty: 7 years parts and labour when registered within 30 days and serviced annually
Controls: compatible with OpenTherm room thermostats and the Castlegate app`,
  ]),
];
