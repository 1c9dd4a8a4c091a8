# emit messages (fr). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.
# Codes and rules: crates/wasmir-emit/src/error.rs and wasmir-spec/07-lowering.md.

e0301 = flot de contrôle irréductible dans `{$func}` : ce branchement entre dans la boucle en `{$block}` sans passer par son en-tête
    .label = branche en arrière vers `{$block}`, qui ne domine pas ce branchement
    .hint = WebAssembly n'a que des boucles structurées, avec une seule entrée : donnez à chaque boucle un unique bloc d'entrée qui domine ses blocs (par exemple en faisant passer toutes les entrées par un nouveau bloc d'en-tête qui aiguille avec `switch`)
    .entry = entrée supposée de la boucle

e0302 = l'opérateur `{$op}` de `{$func}` ne peut pas être compilé en WebAssembly par cet émetteur
    .label = aucune traduction pour cet opérateur
    .hint = l'IR est plus récente que l'émetteur : mettez wasmir-emit à jour, ou réécrivez l'opérateur avec des opérateurs plus anciens

e0303 = { $what ->
        [invalid-ir] le module ne peut pas être émis : ce n'est pas une IR valide (le vérificateur signale {$code} ici)
       *[other] `{$func}` ne peut pas être émise : { $what ->
            [no-block] la fonction n'a aucun bloc
            [early-terminator] une instruction terminale au milieu d'un bloc
            [no-terminator] un bloc n'a pas d'instruction terminale
            [arity] mauvais nombre d'opérandes ou de résultats
            [missing-target] une cible de branchement manque
            [no-enclosing-construct] une cible de branchement n'a pas de construction englobante
            [undefined-value] la valeur {$entity} est lue mais jamais définie
            [switch-without-cases] un `switch` sans cas
            [switch-mismatch] les données d'un `switch` appartiennent à une autre instruction
            [no-export-target] l'entité exportée n'existe pas
            [bad-immediate] les immédiats ne conviennent pas à l'opérateur
            [dangling-entity] un immédiat désigne une mémoire, une globale, une table, une signature, une donnée, un emplacement ou une fonction qui n'existe pas
            [no-memory] le module a des emplacements de pile ou des données mais aucune mémoire
            [global-init] une globale définie n'a pas de valeur initiale de son type
            [memory-limits] les tailles de la mémoire dépassent 65536 pages, ou son minimum dépasse son maximum
           *[other] le module enfreint une garantie du vérificateur
            }
    }
    .label = ici
    .hint = { $what ->
        [invalid-ir] l'émetteur n'accepte que les modules que le vérificateur accepte : `wirc check` explique {$code} (spécification, chapitre 6) ; si `wirc check` accepte le fichier source, une passe d'optimisation a cassé l'IR, merci de le signaler (`-O0` évite les passes)
       *[other] le vérificateur a accepté ce module, mais il enfreint une garantie sur laquelle l'émetteur compte : il manque une règle au vérificateur, merci de le signaler avec ce fichier .wir
    }

e0304 = `{$func}` a besoin de {$count} variables locales, ses {$params} paramètres compris, au-delà de la limite de WebAssembly ({$limit})
    .label = dans cette fonction
    .hint = les moteurs refusent une fonction de plus de {$limit} variables locales ; des valeurs partagent une variable locale quand leurs durées de vie ne se chevauchent pas : découpez la fonction, ou gardez moins de valeurs vivantes en même temps

e0305 = le code de `{$func}` fait {$bytes} octets, au-delà de la limite de WebAssembly ({$limit} octets par fonction)
    .label = dans cette fonction
    .hint = les moteurs refusent un corps de fonction de plus de {$limit} octets : découpez la fonction en plusieurs plus petites

e0306 = un `switch` de `{$func}` demande une table de sauts (`br_table`) de {$entries} entrées, au-delà de la limite de V8 ({$limit})
    .label = ce switch
    .hint = un switch dense devient un seul `br_table` qui couvre toutes les valeurs de son plus petit cas à son plus grand : découpez-le en switchs sur des plages plus petites (par exemple en testant d'abord si la valeur est sous le cas du milieu)

e0307 = le module fait {$bytes} octets, au-delà de la limite de WebAssembly ({$limit} octets)
    .label = dans ce module
    .hint = les moteurs refusent un module de plus de {$limit} octets : découpez-le en plusieurs modules

e0308 = la mémoire `{$mem}` a besoin de {$needed} pages pour la pile fantôme et les données, au-delà de son maximum de {$max} pages
    .label = cette mémoire
    .hint = la pile fantôme (1 Mio par défaut, quand une fonction a des emplacements) et toutes les données sont placées dans cette mémoire au démarrage du module : augmentez son `max`, réduisez les données, ou choisissez une pile plus petite

e0309 = `{$item}` contient des entiers de 128 bits, que wasm n'a pas
    .label = `i128` ici
    .hint = la passe `legalize-i128` découpe chaque `i128` en deux `i64` avant l'émission ; `wirc` la lance à tout niveau `-O`, donc un appelant de l'émetteur qui saute l'optimiseur lance d'abord `wasmir_opt::legalize_i128::run`

e0310 = `{$item}` porte encore de la possession, que l'émetteur ne connaît pas
    .label = possession ici
    .hint = la passe `strip-ownership` efface les natures de possession, les emprunts et les `drop` avant l'émission ; `wirc` la lance en premier à tout niveau `-O`, donc un appelant de l'émetteur qui saute l'optimiseur lance d'abord `wasmir_opt::strip_ownership::run`
