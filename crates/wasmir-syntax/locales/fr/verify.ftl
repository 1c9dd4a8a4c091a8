# verify messages (fr). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.
# Codes and rules: crates/wasmir-verify/src/codes.rs and wasmir-spec/06-verifier.md.

e0200 = la fonction `{$func}` n'a aucun bloc
    .label = définie ici sans corps
    .hint = une fonction définie a au moins un bloc d'entrée qui finit par une instruction terminale, par exemple `^entry: trap`

e0201 = le nom de fonction `{$func}` est utilisé plusieurs fois
    .label = redéfinie ici
    .hint = les noms de fonction sont uniques dans un module : renommez l'une d'elles
    .first = définie une première fois ici

e0202 = le nom d'export {$name} est utilisé plusieurs fois
    .label = exporté de nouveau ici
    .hint = les noms d'export sont uniques dans un module : renommez ou supprimez l'un des exports
    .first = exporté une première fois ici

e0203 = { $kind ->
        [memory] l'export {$name} désigne une mémoire qui n'existe pas ({$func})
        [global] l'export {$name} désigne une globale qui n'existe pas ({$func})
        [table] l'export {$name} désigne une table qui n'existe pas ({$func})
       *[fn] l'export {$name} désigne une fonction qui n'existe pas ({$func})
    }
    .label = exporté ici
    .hint = exportez une entité que le module définit ou importe

e0204 = le bloc d'entrée `{$block}` prend {$found}, mais les paramètres de `{$func}` sont {$expected}
    .label = paramètres du bloc d'entrée
    .hint = le bloc d'entrée reçoit les arguments de la fonction : donnez-lui un paramètre par paramètre de la signature, de même type, dans le même ordre
    .sig = signature déclarée ici

e0205 = branchement vers le bloc d'entrée `{$block}`
    .label = branche vers le bloc d'entrée
    .hint = le bloc d'entrée s'exécute une fois, à l'entrée de la fonction, et n'a pas de prédécesseur : déplacez son contenu dans un nouveau bloc et branchez vers celui-ci
    .entry = bloc d'entrée déclaré ici

e0206 = le bloc `{$block}` ne finit pas par une instruction terminale
    .label = le bloc finit ici
    .hint = terminez le bloc par `br`, `br_if`, `switch`, `return` ou `trap`
    .block = bloc déclaré ici

e0207 = l'instruction terminale `{$inst}` n'est pas la dernière du bloc `{$block}`
    .label = termine le bloc trop tôt
    .hint = supprimez les instructions qui la suivent, ou déplacez-les dans un nouveau bloc
    .block = bloc déclaré ici

e0208 = le bloc `{$block}` apparaît plusieurs fois dans l'ordre des blocs
    .label = placé de nouveau ici
    .hint = chaque bloc est placé une seule fois ; la passe ou le producteur qui a construit cet IR est en faute

e0209 = l'instruction `{$inst}` apparaît plusieurs fois dans les blocs
    .label = de nouveau ici
    .hint = une instruction appartient à un seul bloc, une seule fois ; la passe ou le producteur qui a construit cet IR est en faute

e0210 = { $kind ->
        [block] le bloc `{$entity}` n'existe pas
        [inst] l'instruction `{$entity}` n'existe pas
       *[value] la valeur `{$entity}` n'existe pas
    }
    .label = nommé ici
    .hint = les tables de la fonction n'ont pas cette entité ; la passe ou le producteur qui a construit cet IR est en faute

e0211 = la cible de branchement `{$block}` n'est pas un bloc placé de `{$func}`
    .label = branche ici
    .hint = branchez vers un bloc placé, ou placez ce bloc

e0212 = nombre d'opérandes incorrect pour `{$inst}` : {$expected} attendus, {$found} trouvés
    .label = cette instruction
    .hint = `{$inst}` prend des opérandes de types {$types}
    .sig = signature déclarée ici

e0213 = type d'opérande incorrect pour `{$inst}` : {$expected} attendu, {$found} trouvé
    .label = l'opérande {$index} est de type {$found}
    .hint = l'opérande {$index} de `{$inst}` doit être de type {$expected}, et WasmIR n'a pas de conversion implicite : convertissez d'abord `{$value}` en {$expected}
    .def = `{$value}` définie ici
    .sig = signature déclarée ici

e0214 = nombre de résultats incorrect pour `{$inst}` : {$expected} attendus, {$found} trouvés
    .label = cette instruction
    .hint = `{$inst}` définit des résultats de types {$types}
    .sig = signature déclarée ici

e0215 = type de résultat incorrect pour `{$inst}` : {$expected} attendu, {$found} trouvé
    .label = le résultat {$index} est de type {$found}
    .hint = le résultat {$index} de `{$inst}` est de type {$expected} ; le type d'un résultat est fixé par son instruction
    .sig = signature déclarée ici

e0216 = appel d'une fonction qui n'existe pas ({$func})
    .label = cet appel
    .hint = appelez une fonction que le module définit ou importe

e0217 = nombre d'arguments incorrect pour le bloc `{$block}` : {$expected} attendus, {$found} trouvés
    .label = ce branchement
    .hint = passez un argument par paramètre de `{$block}`, de types {$types}
    .block = bloc déclaré ici

e0218 = type d'argument incorrect pour le bloc `{$block}` : {$expected} attendu, {$found} trouvé
    .label = l'argument {$index} (`{$value}`) est de type {$found}
    .hint = l'argument {$index} devient un paramètre de type {$expected} : convertissez d'abord `{$value}`, ou changez le type du paramètre
    .param = paramètre déclaré ici

e0219 = l'opérande de `switch` est de type {$found}, i32 ou i64 attendu
    .label = pas un entier
    .hint = un `switch` porte sur un entier : comparez les flottants avec `f64.lt` etc. et utilisez `br_if`
    .def = `{$value}` définie ici

e0220 = cas de `switch` {$value} en double
    .label = cas répété ici
    .hint = chaque valeur de cas apparaît une fois ; supprimez ce cas ou fusionnez les deux cibles
    .first = premier cas avec cette valeur

e0221 = le cas de `switch` {$value} ne tient pas dans {$ty}
    .label = cas hors limites
    .hint = les valeurs de cas d'un `switch` sur {$ty} parcourent les motifs de bits du type (de -2147483648 à 4294967295 tels qu'écrits)

e0222 = la valeur `{$value}` est utilisée mais jamais définie
    .label = valeur non définie
    .hint = définissez-la comme paramètre de bloc ou résultat d'instruction dans un bloc placé de la fonction

e0223 = l'utilisation de `{$value}` n'est pas dominée par sa définition
    .label = utilisée ici
    .hint = { $where ->
        [same] dans `{$block}`, `{$value}` n'est visible qu'après sa définition : remontez la définition
       *[other] une valeur est visible après sa définition dans `{$block}` et dans les blocs que `{$block}` domine ; passez-la plutôt en argument de bloc
    }
    .def = définie ici

e0224 = la valeur `{$value}` est définie plusieurs fois
    .label = redéfinie ici
    .hint = une valeur SSA a une seule définition ; la passe ou le producteur qui a construit cet IR est en faute
    .first = définie une première fois ici

e0225 = la valeur `{$value}` est enregistrée comme {$recorded} mais définie comme {$actual}
    .label = définie ici
    .hint = `ValueData::def` doit nommer le paramètre de bloc ou le résultat d'instruction qui définit la valeur ; la passe ou le producteur qui a construit cet IR est en faute

e0226 = { $kind ->
        [module] le nom de module d'import {$name} fait {$bytes} octets, au-delà de la limite de WebAssembly ({$limit} octets)
        [field] le nom de champ d'import {$name} fait {$bytes} octets, au-delà de la limite de WebAssembly ({$limit} octets)
       *[export] le nom d'export {$name} fait {$bytes} octets, au-delà de la limite de WebAssembly ({$limit} octets)
    }
    .label = nom trop long
    .hint = les moteurs refusent un module dont un nom dépasse {$limit} octets en UTF-8 : choisissez un nom plus court (pour un import, l'hôte doit fournir la fonction sous ce nom)

e0227 = la fonction `{$func}` a {$count} paramètres, au-delà de la limite de WebAssembly ({$limit})
    .label = les paramètres à partir d'ici dépassent la limite
    .hint = les moteurs refusent un type de fonction de plus de {$limit} paramètres : passez le reste en moins de valeurs (en regroupant de petits entiers dans un i64, par exemple), ou découpez la fonction

e0228 = la fonction `{$func}` a {$count} résultats, au-delà de la limite de WebAssembly ({$limit})
    .label = les résultats à partir d'ici dépassent la limite
    .hint = les moteurs refusent un type de fonction de plus de {$limit} résultats : renvoyez moins de valeurs (en regroupant de petits entiers dans un i64, par exemple), ou découpez la fonction

e0229 = le module a {$count} fonctions, au-delà de la limite de WebAssembly ({$limit})
    .label = la première fonction au-delà de la limite
    .hint = les moteurs refusent un module de plus de {$limit} fonctions, importées comprises : découpez le module en plusieurs

e0230 = le module importe {$count} fonctions, au-delà de la limite de WebAssembly ({$limit} imports)
    .label = le premier import au-delà de la limite
    .hint = les moteurs refusent un module de plus de {$limit} imports : importez moins de fonctions, par exemple une seule qui aiguille selon un argument

e0231 = le module a {$count} exports, au-delà de la limite de WebAssembly ({$limit})
    .label = le premier export au-delà de la limite
    .hint = les moteurs refusent un module de plus de {$limit} exports : exportez moins de fonctions, ou découpez le module en plusieurs

e0232 = `{$inst}` est écrit sans immédiats
    .label = immédiats manquants
    .hint = `{$inst}` prend les immédiats {$expected} après son nom, comme dans `{$inst}{$expected}`

e0233 = { $expected ->
        [none] `{$inst}` ne prend pas d'immédiats, {$found} trouvé
       *[other] `{$inst}` prend les immédiats {$expected}, {$found} trouvé
    }
    .label = immédiats incorrects
    .hint = { $expected ->
        [none] retirez les crochets après `{$inst}`
       *[other] écrivez les immédiats de `{$inst}` sous la forme {$expected}
    }

e0234 = `{$inst}` accède à la mémoire `{$memory}`, qui n'existe pas
    .label = mémoire inconnue
    .hint = nommez la mémoire du module, déclarée par `memory $heap 1`

e0235 = `{$inst}` désigne la globale `{$global}`, qui n'existe pas
    .label = globale inconnue
    .hint = déclarez la globale, comme dans `global $g: i32 mut = 0`, ou nommez-en une qui existe

e0236 = `{$slot}` n'est pas un emplacement de pile de `{$func}`
    .label = emplacement inconnu
    .hint = déclarez l'emplacement au début du corps de la fonction, comme dans `slot #buf: 16 align 8`

e0237 = la donnée `{$data}` n'existe pas
    .label = donnée inconnue
    .hint = déclarez la donnée, comme dans `data $msg = "bonjour"`, ou nommez-en une qui existe

e0238 = `{$inst}` désigne la table `{$table}`, qui n'existe pas
    .label = table inconnue
    .hint = déclarez la table, comme dans `table $fns: funcref`, ou nommez-en une qui existe

e0239 = `call_indirect` désigne la signature `{$sig}`, qui n'existe pas
    .label = signature inconnue
    .hint = déclarez la signature, comme dans `type $sig = fn(i32) -> i32`, ou nommez-en une qui existe

e0240 = `fn.index` désigne la fonction `{$func}`, qui n'existe pas
    .label = fonction inconnue
    .hint = prenez l'indice d'une fonction que le module définit ou importe

e0241 = `{$inst}` a un alignement de {$align}, mais accède à {$width} octets
    .label = alignement invalide
    .hint = `align` est une puissance de deux au plus égale à la largeur de l'accès ({$width} octets) ; omettez-le pour utiliser la largeur de l'accès

e0242 = `global.set` écrit la globale immuable `{$global}`
    .label = la globale n'est pas `mut`
    .hint = déclarez la globale mutable, comme dans `global $g: i32 mut = 0`, ou ne l'écrivez pas
    .decl = déclarée ici

e0243 = { $kind ->
        [slot] la fonction `{$func}` déclare l'emplacement de pile `{$what}`, mais le module ne déclare pas de mémoire
        [data] la donnée `{$what}` a besoin d'une mémoire, mais le module n'en déclare pas
       *[inst] `{$what}` dans `{$func}` utilise la mémoire, mais le module n'en déclare pas
    }
    .label = utilise la mémoire
    .hint = déclarez `memory $heap 1` (les emplacements de pile et les données résident dans la mémoire du module)

e0244 = le module déclare {$count} mémoires, mais WasmIR 0.2 en permet {$limit}
    .label = la mémoire `{$memory}` est de trop
    .hint = utilisez une seule mémoire : les mémoires multiples sont reportées après WasmIR 0.2

e0245 = { $problem ->
        [min] la mémoire `{$memory}` commence à {$min} pages, au-delà de la limite de {$limit}
        [max] la mémoire `{$memory}` peut croître jusqu'à {$max} pages, au-delà de la limite de {$limit}
       *[order] la mémoire `{$memory}` commence à {$min} pages, plus que son maximum de {$max}
    }
    .label = limites invalides
    .hint = les limites d'une mémoire vérifient min <= max <= {$limit} pages de 64 Kio (4 Gio avec des adresses `i32`)

e0246 = la globale `{$global}` est de type {$expected}, mais sa valeur initiale est de type {$found}
    .label = valeur initiale du mauvais type
    .hint = donnez à la globale un littéral initial de type {$expected}

e0247 = la globale importée `{$global}` a une valeur initiale
    .label = importée avec une valeur
    .hint = l'hôte fournit la valeur d'une globale importée : retirez le `= littéral`

e0248 = la globale `{$global}` n'a pas de valeur initiale
    .label = définie sans valeur
    .hint = une globale définie par le module a besoin d'un littéral initial, comme `= 0` pour {$ty}

e0249 = la donnée `{$data}` a un alignement de {$align}, qui n'est pas une puissance de deux au plus égale à {$limit}
    .label = alignement invalide
    .hint = utilisez `align 1`, `align 2`, `align 4`, ... jusqu'à `align {$limit}`

e0250 = l'emplacement de pile `{$slot}` a un alignement de {$align}, qui n'est pas une puissance de deux au plus égale à {$limit}
    .label = alignement invalide
    .hint = utilisez `align 1`, `align 2`, `align 4`, ... jusqu'à `align {$limit}`

e0251 = l'emplacement de pile `{$slot}` fait {$size} octets, au-delà de la limite de {$limit}
    .label = emplacement trop grand
    .hint = un emplacement de pile contient au plus {$limit} octets : allouez les grands objets en mémoire, par exemple dans une donnée

e0252 = la donnée `{$data}` fait {$size} octets, au-delà de la limite de {$limit}
    .label = donnée trop grande
    .hint = une donnée contient au plus {$limit} octets, la taille d'une mémoire 32 bits : découpez-la ou réduisez-la

e0253 = l'adresse `{$data}` + {$addend} dépasse la fin de `{$data}`, qui fait {$size} octets
    .label = décalage trop grand
    .hint = une adresse dans une donnée pointe au plus un octet après sa fin : utilisez un décalage d'au plus {$size}
    .decl = donnée déclarée ici

e0254 = `{$name}` est déclaré plusieurs fois
    .label = redéclaré ici ({$kind})
    .hint = les mémoires, globales, tables, types et données partagent un même espace de noms `$` : renommez l'un d'eux
    .first = déclaré une première fois ici ({$first_kind})

e0255 = la globale `{$global}` est de type i128
    .label = une globale i128
    .hint = les globales wasm contiennent au plus 64 bits : gardez la valeur en mémoire (une donnée ou un emplacement), ou dans deux globales i64

e0256 = utilisation de la valeur déplacée `{$value}`
    .label = valeur utilisée ici après avoir été déplacée
    .moved = valeur déplacée ici
    .maybe = valeur déplacée ici, sur l'un des chemins qui mènent à cette utilisation
    .hint = une utilisation qui consomme la valeur (un appel qui prend `own`/`linear`, un argument de branchement vers un paramètre qui en prend possession, `return`, `drop`) y met fin : utilisez-la avant le déplacement, ou transmettez-la et utilisez ce qui vous est rendu

e0257 = la valeur `{$value}` est déplacée deux fois
    .label = valeur déplacée de nouveau ici
    .first = déplacée une première fois ici
    .loop = déplacée ici, à l'itération précédente de la boucle
    .hint = une valeur `own` ou `linear` est consommée au plus une fois sur chaque chemin : consommez-la une seule fois, ou faites entrer une nouvelle valeur dans chaque itération comme paramètre de bloc

e0258 = la valeur linéaire `{$value}` n'est jamais consommée
    .label = valeur linéaire définie ici
    .exit = abandonnée implicitement quand la fonction retourne ici
    .hint = une valeur `linear` est consommée exactement une fois sur chaque chemin qui retourne : passez-la à une fonction qui la prend, renvoyez-la, ou terminez-la par `drop` après avoir appelé son destructeur

e0259 = la valeur linéaire `{$value}` n'est pas consommée sur un chemin qui retourne
    .label = retourne sans consommer `{$value}`
    .def = valeur linéaire définie ici
    .other = consommée ici, sur un autre chemin
    .hint = consommez aussi la valeur sur ce chemin (un appel qui la prend, `return` ou `drop`), ou terminez ce chemin par `trap`

e0260 = `{$value}` est consommée sur certains chemins menant au bloc `{$block}` et pas sur d'autres
    .label = les chemins se rejoignent ici
    .moved = consommée ici
    .hint = après une jonction, une valeur `linear` ou un emprunt doit être consommé soit sur tous les chemins entrants, soit sur aucun : consommez-le aussi sur l'autre chemin, ou passez-le au bloc comme argument de bloc

e0261 = `{$value}` est {$found}, mais cette position attend {$expected}
    .label = {$expected} attendu ici
    .def = `{$value}` définie ici
    .hint = { $fix ->
        [mint] créez explicitement une obligation à partir de bits triviaux : `%v = own %x` ou `%v = linear %x`
        [borrow] empruntez le propriétaire le temps de l'appel : passez la valeur `own` ou `linear` elle-même, ou `%b = borrow %x` puis `end_borrow %b` après l'utilisation
        [end] `end_borrow` termine une portée ouverte par `borrow` ou `borrow mut` dans cette fonction ; un paramètre emprunté reste emprunté pendant tout l'appel
       *[other] les natures de possession doivent correspondre exactement aux positions qui consomment : une valeur `own` va là où `own` est attendu, une valeur `linear` là où `linear` l'est
    }

e0262 = impossible de déplacer `{$value}` car elle est empruntée
    .label = déplacement de `{$value}` alors qu'elle est empruntée
    .borrow = l'emprunt de `{$value}` commence ici
    .hint = terminez l'emprunt (`end_borrow`) avant le déplacement, ou déplacez la valeur après la dernière utilisation de l'emprunt

e0263 = l'emprunt `{$borrow}` survit à son propriétaire `{$value}`
    .label = `{$value}` est terminée ici alors qu'elle est encore empruntée
    .borrow = l'emprunt commence ici
    .hint = terminez tous les emprunts d'une valeur avant que la valeur elle-même soit abandonnée ou terminée : placez le `end_borrow` de l'emprunt avant cette instruction

e0264 = accès conflictuel à `{$value}` pendant { $flavour ->
        [mut] un emprunt exclusif
       *[shared] un emprunt partagé
    }
    .label = { $flavour ->
        [mut] `{$value}` utilisée ici alors qu'elle est empruntée de façon exclusive
       *[shared] `{$value}` empruntée ici de façon exclusive alors qu'un emprunt partagé est vivant
    }
    .borrow = { $flavour ->
        [mut] l'emprunt exclusif commence ici
       *[shared] l'emprunt partagé commence ici
    }
    .hint = un emprunt exclusif (`borrow mut`) exclut tout autre accès à son propriétaire jusqu'à son `end_borrow` : terminez-le d'abord, ou utilisez l'emprunt au lieu du propriétaire

e0265 = l'emprunt `{$borrow}` n'est pas terminé sur un chemin qui retourne
    .label = retourne alors que `{$borrow}` est vivant
    .borrow = l'emprunt commence ici
    .hint = fermez chaque portée d'emprunt par `end_borrow` sur chaque chemin qui retourne

e0266 = la valeur linéaire `{$value}` est écrite { $place ->
        [global] dans une globale
        [table] dans une table de références triviales
       *[memory] en mémoire
    }
    .label = le vérificateur ne peut pas suivre une valeur linéaire stockée ici
    .def = valeur linéaire définie ici
    .hint = les valeurs linéaires ne vivent que dans des valeurs SSA et des tables propriétaires : transmettez la valeur comme argument de bloc ou à une fonction qui la prend, et ne stockez que des bits triviaux

e0267 = `{$kind}` n'est pas permis sur { $place ->
        [result] un résultat de fonction
       *[param] le paramètre d'un bloc autre que le bloc d'entrée
    }
    .label = `{$kind}` ici
    .hint = un emprunt vit à l'intérieur d'un seul corps de fonction et ne traverse jamais un branchement ni un retour : passez plutôt le propriétaire, ou terminez l'emprunt et empruntez de nouveau dans l'autre bloc

e0268 = la table `{$table}` a le type d'élément `{$ty}`, qui n'est pas un type référence
    .label = pas un type référence
    .hint = une table contient des références : déclarez-la `funcref` (des fonctions, pour `call_indirect`) ou `externref` (des valeurs de l'hôte)

e0269 = un type référence `{$ty}` n'est pas permis { $place ->
        [global] comme type de la globale `{$what}`
        [data] dans la donnée `{$what}`
       *[const] dans une constante (`{$what}`)
    }
    .label = type référence ici
    .hint = les références vivent uniquement dans des valeurs SSA et des tables : gardez la référence dans une table (`table.set`), ou créez-en une nulle avec `externref.null`/`funcref.null`

e0270 = `{$inst}` demande une table `funcref`, mais `{$table}` contient des `{$ty}`
    .label = table de `{$ty}`
    .decl = table déclarée ici
    .hint = les fonctions sont appelées et indexées par une table `funcref` : déclarez-en une, comme `table $fns: funcref`, et nommez-la ici

# Added to a diagnostic whose instruction carries a source location (`loc`, spec §2.2 D9).
note-source = provenant de {$loc}
