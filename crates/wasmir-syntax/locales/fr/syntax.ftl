# syntax messages (fr). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.
# E00xx : analyse lexicale et syntaxique. E01xx : résolution des noms.

e0001 = caractère inattendu `{$char}`
    .label = aucun lexème ne commence par ce caractère
    .hint = un nom qui contient d’autres caractères s’écrit entre guillemets, comme `@"core::fmt"` ; les commentaires commencent par `;`
e0002 = `{$found}` inattendu, attendu : {$expected}
    .label = inattendu ici
    .hint = la grammaire de chaque construction est donnée au chapitre sur le format texte (spécification §2.2)
e0003 = fin de fichier inattendue, attendu : {$expected}
    .label = le fichier se termine ici
    .hint = le fichier est peut-être tronqué, ou il manque une accolade fermante `{"}"}`
e0004 = chaîne non terminée
    .label = pas de `"` fermant sur cette ligne
    .hint = fermez la chaîne par `"` ; un saut de ligne dans une chaîne s’écrit `\n`
e0005 = `{$word}` est un mot réservé
    .label = réservé pour une version ultérieure de WasmIR
    .hint = les mots réservés (spécification §9) ne peuvent servir ni d’opérateur ni de mot-clé en version 0.1 ; un nom qui en a besoin s’écrit entre guillemets, comme `%"{$word}"`
e0006 = séquence d’échappement invalide `{$escape}`
    .label = séquence d’échappement inconnue
    .hint = les chaînes et les noms entre guillemets acceptent `\\`, `\"`, `\n`, `\t` et `\u{"{"}HEX{"}"}` avec une valeur scalaire Unicode
e0007 = nom mal formé `{$name}`
    .label = ni un identificateur ni un nombre
    .hint = après `%` et `^`, écrivez un identificateur (`[A-Za-z_][A-Za-z0-9_.$]*`) ou des chiffres, après `@` un identificateur ; mettez tout autre nom entre guillemets, comme `%"3x"`

e0100 = en-tête `wasmir` manquant
    .label = le module devrait commencer ici
    .hint = commencez le fichier par la ligne `wasmir {$supported}` (spécification §8)
e0101 = version de WasmIR non prise en charge : {$found}
    .label = cette version de l’outil lit la version {$supported}
    .hint = cette version de l’outil lit les versions {$major}.0 à {$supported} ; réécrivez le module pour l’une d’elles, ou utilisez un outil qui lit la version {$found}
e0102 = version mal formée `{$found}`
    .label = `MAJEUR.MINEUR` attendu
    .hint = écrivez l’en-tête sous la forme `wasmir {$supported}`
e0103 = opérateur inconnu `{$op}`
    .label = ce n’est pas un opérateur
    .hint = { $suggestion ->
        [none] les opérateurs sont listés au §4 de la spécification ; le nom d’un opérateur commence par son type, comme `i32.add`
       *[other] vouliez-vous dire `{$suggestion}` ?
    }
e0104 = valeur inconnue `{$name}`
    .label = aucune valeur de ce nom dans `{$func}`
    .hint = définissez-la comme paramètre de bloc ou comme résultat d’une instruction de cette fonction ; les valeurs sont locales à leur fonction
e0105 = bloc inconnu `{$name}`
    .label = aucun bloc de cette étiquette dans `{$func}`
    .hint = un branchement vise un bloc de sa propre fonction ; vérifiez l’orthographe de l’étiquette
e0106 = fonction inconnue `{$name}`
    .label = aucune fonction de ce nom dans le module
    .hint = définissez-la avec `fn {$name}(...)` ou déclarez-la avec `import "module" "champ" fn {$name}(...)`
e0107 = la valeur `{$name}` est définie deux fois
    .label = définie de nouveau ici
    .first = définie une première fois ici
    .hint = chaque valeur d’une fonction a son propre nom ; renommez l’une des deux
e0108 = le bloc `{$name}` est défini deux fois
    .label = défini de nouveau ici
    .first = défini une première fois ici
    .hint = chaque bloc d’une fonction a sa propre étiquette ; renommez l’un des deux
e0109 = la fonction `{$name}` est définie deux fois
    .label = définie de nouveau ici
    .first = définie une première fois ici
    .hint = les imports et les fonctions partagent un même espace de noms ; renommez l’une des deux
e0110 = le littéral `{$literal}` est hors de l’intervalle de `{$ty}`
    .label = ne tient pas dans `{$ty}`
    .hint = { $kind ->
        [payload] la charge utile d’un NaN de type `{$ty}` est comprise entre {$min} et {$max} ; `nan` seul désigne le NaN canonique
        [float] un `{$ty}` fini est compris entre {$min} et {$max} ; écrivez `inf` ou `-inf` pour les infinis
       *[other] `{$ty}` accepte les entiers de {$min} à {$max} (son intervalle signé ou non signé)
    }
e0111 = nombre de résultats incorrect pour `{$inst}` : {$expected} attendu(s), {$found} écrit(s)
    .label = {$found} écrit(s) ici
    .hint = écrivez un nom par résultat avant `=`, et pas de `=` pour une instruction sans résultat (terminateurs, `trapz`, `trapnz`, appels de fonctions qui ne renvoient rien)
e0112 = littéral flottant `{$literal}` pour le type entier `{$ty}`
    .label = un littéral flottant
    .hint = écrivez un entier, ou utilisez une constante flottante et une conversion comme `{$ty}.trunc_f64_s`

e0113 = `{$name}` inconnu
    .label = aucune mémoire, globale, table, type ou donnée de ce nom
    .hint = déclarez-le au niveau du module, par exemple `memory {$name} 1` ou `global {$name}: i32 = 0` (spéc. §12)
e0114 = `{$name}` est défini deux fois
    .label = défini à nouveau ici
    .first = défini pour la première fois ici
    .hint = mémoires, globales, tables, types et données partagent un même espace de noms `$` ; renommez l'un d'eux
e0115 = `{$name}` est un `{$found}`, pas un `{$expected}`
    .label = un `{$expected}` est attendu ici
    .hint = cette position désigne un `{$expected}` ; l'ordre des immédiats est fixé par le format de l'opérateur
e0116 = immédiats incorrects pour `{$op}`
    .label = {$problem ->
        [missing] immédiats manquants
        [unexpected] ne prend aucun immédiat
        [duplicate] écrit deux fois
        [unknown] immédiat inconnu
       *[other] inattendu ici
    }
    .hint = `{$op}` s'écrit `{$form}` (spéc. §2.3)
e0117 = emplacement `{$name}` inconnu
    .label = aucun emplacement de ce nom dans `{$func}`
    .hint = déclarez-le avant le premier bloc, par exemple `slot {$name}: 8 align 4`
e0118 = l'emplacement `{$name}` est défini deux fois
    .label = défini à nouveau ici
    .first = défini pour la première fois ici
    .hint = chaque emplacement d'une fonction a son propre nom ; renommez l'un d'eux
e0119 = chaîne d'octets `{$text}` mal formée
    .label = pas des paires de chiffres hexadécimaux
    .hint = écrivez deux chiffres hexadécimaux par octet, par exemple `x"00ff"`
e0120 = {$imported ->
        [yes] une globale importée n'a pas de valeur initiale
       *[no] la globale `{$name}` a besoin d'une valeur initiale
    }
    .label = {$imported ->
        [yes] l'hôte fournit la valeur
       *[no] pas de valeur `=`
    }
    .hint = {$imported ->
        [yes] retirez `= ...` ; l'hôte donne la valeur à l'instanciation du module
       *[no] écrivez sa valeur après `=`, par exemple `global {$name}: i32 = 0`
    }
e0121 = position d'instruction sans fichier
    .label = aucun fichier ici, et la fonction n'a pas de `loc`
    .hint = nommez le fichier, par exemple `loc "src/lib.rs" 12:5`, ou donnez à la fonction un `loc "fichier" ligne:colonne`
