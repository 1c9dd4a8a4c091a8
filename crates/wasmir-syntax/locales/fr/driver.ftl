# driver messages (fr). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.

e0401 = impossible de lire `{$path}` : {$detail}
    .hint = vérifiez que le fichier existe et qu'il est lisible
e0402 = `{$path}` n'est pas du texte UTF-8
    .hint = les fichiers .wir sont en UTF-8 ; ne donnez un fichier .wasm qu'à `wirc run`
e0403 = impossible d'écrire `{$path}` : {$detail}
    .hint = vérifiez que le répertoire de sortie existe et qu'il est accessible en écriture
e0420 = wasmtime ne peut pas charger le module : {$detail}
    .hint = validez le module avec `wasm-tools validate`, ou recompilez-le avec `wirc`
e0421 = le module n'exporte aucune fonction nommée `{$name}`
    .hint = { $listed ->
        [none] le module n'exporte aucune fonction
       *[some] fonctions exportées : {$exports}
    }
e0422 = `{$name}` attend {$expected} argument(s) mais {$got} ont été donnés
    .hint = passez un argument par paramètre après `--invoke {$name}`
e0423 = le module importe `{$module}`.`{$field}`, et `wirc run` ne fournit aucune fonction hôte
    .hint = exécutez les modules qui ont des imports dans un hôte qui les fournit, ou retirez l'import
e0424 = `{$name}` a déclenché un piège (trap) : { $trap ->
        [unreachable] code inatteignable atteint (`unreachable`)
        [divide-by-zero] division entière par zéro
        [integer-overflow] dépassement entier
        [invalid-conversion] conversion invalide vers un entier
        [checked-overflow] dépassement arithmétique
        [stack-overflow] pile d'appels épuisée
        [memory-out-of-bounds] accès mémoire hors limites
        [undefined-element] élément de table indéfini
        [table-out-of-bounds] accès hors des bornes de la table
        [indirect-call-type-mismatch] types incompatibles dans un appel indirect
        [out-of-fuel] carburant épuisé
        [unknown-import] appel d'un import inconnu
        [invalid-ir] IR invalide
       *[other] {$detail}
    }{ $func ->
        [none] {""}
       *[other] {" "}dans {$func}
    }{ $at ->
        [none] {""}
       *[other] {" "}à {$at}
    }
    .hint = un piège est la forme wasm d'une panique Rust ou d'une opération indéfinie (division par zéro, dépassement dans une opération vérifiée, `trap`)
e0425 = l'argument {$index} (`{$text}`) n'est pas un {$ty} valide
    .hint = les entiers acceptent l'intervalle signé ou non signé de leur largeur ; les flottants acceptent les décimaux, `inf` et `nan`
e0426 = { $backend ->
        [native] le backend natif
       *[interp] l'interpréteur
    } exécute du WasmIR, et `{$path}` est un binaire wasm
    .hint = passez le fichier .wir à `wirc run --backend {$backend}`, ou exécutez le fichier .wasm avec `--backend wasmtime`
e0427 = passe inconnue `{$pass}`
    .hint = `wirc passes` liste les passes : {$passes}
e0428 = aucun code de diagnostic `{$code}`
    .hint = les codes s'écrivent comme `E0203` ; copiez-en un depuis une ligne `error[...]`
e0429 = erreur interne du compilateur : le backend natif ne peut pas compiler le module : {$detail}
    .hint = c'est un bogue de wirc ; signalez-le avec ce fichier .wir ; en attendant, `--backend wasmtime` ou `--backend interp` exécute le module
e0498 = erreur interne du compilateur : le module émis n'est pas valide : {$detail}
    .label = pendant la compilation de ce module
    .hint = c'est un bogue de wirc ; merci de le signaler avec ce fichier .wir
e0499 = erreur interne du compilateur : la passe `{$pass}` a cassé l'IR (erreurs du vérificateur : {$count}, la première {$first})
    .label = pendant la compilation de ce module
    .hint = c'est un bogue de wirc ; merci de le signaler avec ce fichier .wir ; `-O0` évite la passe

# Not a code: the closing line when a file has more diagnostics than are printed (the cap is
# `MAX_RENDERED` in crates/wasmir-syntax/src/diag/render.rs). `$count` is a number, >= 1.
more-errors =
    { $count ->
        [one] { $count } autre erreur non affichée
       *[other] { $count } autres erreurs non affichées
    }
    .hint = corrigez les erreurs ci-dessus et relancez pour voir les suivantes ; les erreurs tardives découlent souvent des premières
