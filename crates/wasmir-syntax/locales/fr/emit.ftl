# emit messages (fr). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.
# Codes and rules: crates/wasmir-emit/src/error.rs and wasmir-spec/07-lowering.md.

e0301 = flot de contrôle irréductible dans `{$func}` : ce branchement entre dans la boucle en `{$block}` sans passer par son en-tête
    .label = branche en arrière vers `{$block}`, qui ne domine pas ce branchement
    .hint = WebAssembly n'a que des boucles structurées, avec une seule entrée : donnez à chaque boucle un unique bloc d'entrée qui domine ses blocs (par exemple en faisant passer toutes les entrées par un nouveau bloc d'en-tête qui aiguille avec `switch`)
    .entry = entrée supposée de la boucle

e0302 = l'opérateur `{$op}` de `{$func}` ne peut pas être compilé en WebAssembly par cet émetteur
    .label = aucune traduction pour cet opérateur
    .hint = l'IR est plus récente que l'émetteur : mettez wasmir-emit à jour, ou réécrivez l'opérateur avec des opérateurs plus anciens

e0303 = `{$func}` ne peut pas être émise : {$what}
    .label = ici
    .hint = l'émetteur attend un module vérifié : lancez d'abord le vérificateur (`wirc verify`) ; s'il a accepté ce module, il lui manque une règle, merci de le signaler
