package priv

type Hidden interface{ private() }
